/**
 * EF Core 10.0.15's funcletizer and SQL simplifications, as the q-* conformance scenarios showed
 * them against real EF Core (conformance/CORRECTIONS-q.md).
 */
import { describe, expect, it } from 'vitest';
import type { Expr, Lambda } from '../expression.ts';
import { markClrList } from './funcletizer.ts';
import { defaultModel } from './model.ts';
import { formatParameters } from './sqlParameter.ts';
import { bin, call, captured, constant, lambda, member, notExpr, prop } from './testLambdas.ts';
import { translateQuery, type QuerySpec, type QueryTerminal } from './translate.ts';

const type = (name: string) => defaultModel.entityTypes.find((e) => e.name === name)!;
const index = (object: Expr, i: Expr): Expr => ({ kind: 'index', object, index: i });
const neg = (operand: Expr): Expr => ({ kind: 'unary', op: '-', operand });
const cond = (test: Expr, whenTrue: Expr, whenFalse: Expr): Expr => ({
  kind: 'conditional',
  test,
  whenTrue,
  whenFalse,
});

function query(
  entity: string,
  body: Expr,
  extra: Partial<QuerySpec> = {},
  terminal: QueryTerminal = 'Count',
) {
  const param = entity.charAt(0).toLowerCase();
  const where: Lambda = lambda(`${param} => …`, param, body);
  const q = translateQuery({
    entityType: type(entity),
    where: [where],
    orderBy: [],
    skip: null,
    take: null,
    terminal,
    terminalPredicate: null,
    calls: [],
    ...extra,
  });
  return {
    where: q.sql.split('\n').find((l) => l.startsWith('WHERE')) ?? '(none)',
    log: formatParameters(q.params, true),
    sql: q.sql,
  };
}

const o = (p: string) => prop('o', p);
const c = (p: string) => prop('c', p);

describe('funcletizer: client-evaluated roots', () => {
  it('sends arithmetic on captured values as one parameter named p (q-capture-arithmetic)', () => {
    const id = 4;
    const step = 3;
    const q = query(
      'Order',
      bin(
        '>',
        o('Id'),
        bin(
          '-',
          bin(
            '*',
            captured('id', () => id),
            captured('step', () => step),
          ),
          constant(2),
        ),
      ),
    );
    expect(q.where).toBe('WHERE "o"."Id" > @p');
    expect(q.log).toBe("@p='10'");
  });

  it('names a method call on a captured value after the .NET method (q-capture-method-call)', () => {
    const term = '  Customer 4 ';
    const q = query(
      'Customer',
      bin(
        '==',
        c('Name'),
        call(
          captured('term', () => term),
          'trim',
        ),
      ),
    );
    expect(q.where).toBe('WHERE "c"."Name" = @Trim');
    expect(q.log).toBe("@Trim='Customer 4' (Size = 10)");
  });

  it('evaluates a constant-only root into a literal', () => {
    expect(query('Customer', bin('==', c('Name'), call(constant('CUSTOMER 8'), 'toLowerCase'))).where).toBe(
      `WHERE "c"."Name" = 'customer 8'`,
    );
  });

  it('reserves a name for each use and reuses equal roots (q-capture-reuse)', () => {
    const ids = [2, 4];
    const at = (i: number) =>
      index(
        captured('ids', () => ids),
        constant(i),
      );
    const q = query(
      'Order',
      bin(
        '||',
        bin('||', bin('==', o('CustomerId'), at(0)), bin('==', o('Id'), at(0))),
        bin('==', o('Id'), at(1)),
      ),
    );
    expect(q.where).toBe('WHERE "o"."CustomerId" = @p OR "o"."Id" = @p OR "o"."Id" = @p2');
    expect(q.log).toBe("@p='2', @p2='4'");
  });

  it('names a negated capture p, and a List element get_Item (q-capture-reuse, q-capture-list)', () => {
    const id = 6;
    expect(query('Order', bin('>', o('Id'), neg(captured('id', () => id)))).log).toBe("@p='-6'");
    const top = markClrList([{ Id: 1 }, { Id: 2 }]);
    expect(
      query(
        'Order',
        bin(
          '==',
          o('CustomerId'),
          member(
            index(
              captured('top', () => top),
              constant(1),
            ),
            'Id',
          ),
        ),
      ).where,
    ).toBe('WHERE "o"."CustomerId" = @get_Item_Id');
    expect(
      query(
        'Order',
        bin(
          '==',
          o('CustomerId'),
          member(
            captured('top', () => top),
            'length',
          ),
        ),
      ).where,
    ).toBe('WHERE "o"."CustomerId" = @top_Count');
  });

  it('short-circuits && / || with a client-evaluated bool, and picks a conditional branch (q-optional-filter, q-capture-more)', () => {
    const term: string | null = null;
    const optional = bin(
      '||',
      bin(
        '==',
        captured('term', () => term),
        constant(null),
      ),
      call(
        c('Name'),
        'includes',
        captured('term', () => term),
      ),
    );
    expect(query('Customer', optional).where).toBe('(none)');
    const name = 'Customer 3';
    expect(
      query(
        'Customer',
        bin(
          '||',
          bin(
            '==',
            captured('name', () => name),
            constant(null),
          ),
          bin(
            '==',
            c('Name'),
            captured('name', () => name),
          ),
        ),
      ).where,
    ).toBe('WHERE "c"."Name" = @name');
    const flag = true;
    expect(
      query(
        'Customer',
        bin(
          '==',
          c('Id'),
          cond(
            captured('flag', () => flag),
            constant(1),
            constant(2),
          ),
        ),
      ).where,
    ).toBe('WHERE "c"."Id" = 1');
  });

  it('keeps the written operator when the capture is on the left (q-capture-more)', () => {
    const n = 5;
    expect(
      query(
        'Order',
        bin(
          '<',
          captured('n', () => n),
          o('CustomerId'),
        ),
      ).where,
    ).toBe('WHERE @n < "o"."CustomerId"');
  });
});

describe('SQL simplifications', () => {
  it('merges equalities on one column into IN and inequalities into NOT IN (q-where-in)', () => {
    const eq = (v: number) => bin('==', o('CustomerId'), constant(v));
    expect(query('Order', bin('||', bin('||', eq(1), eq(2)), eq(3))).where).toBe(
      'WHERE "o"."CustomerId" IN (1, 2, 3)',
    );
    expect(query('Order', notExpr(bin('||', eq(4), eq(5)))).where).toBe(
      'WHERE "o"."CustomerId" NOT IN (4, 5)',
    );
    expect(query('Order', bin('||', bin('||', eq(1), bin('==', o('Id'), constant(2))), eq(3))).where).toBe(
      'WHERE "o"."CustomerId" = 1 OR "o"."Id" = 2 OR "o"."CustomerId" = 3',
    );
    const a = 1;
    const b = 2;
    expect(
      query(
        'Order',
        bin(
          '||',
          bin(
            '==',
            o('CustomerId'),
            captured('a', () => a),
          ),
          bin(
            '==',
            o('CustomerId'),
            captured('b', () => b),
          ),
        ),
      ).where,
    ).toBe('WHERE "o"."CustomerId" = @a OR "o"."CustomerId" = @b');
  });

  it('folds null comparisons on a required column (q-where-null-literal, q-where-null-captured)', () => {
    const name: string | null = null;
    expect(
      query(
        'Customer',
        bin(
          '==',
          c('Name'),
          captured('name', () => name),
        ),
      ).where,
    ).toBe('WHERE 0');
    expect(query('Customer', bin('!=', c('Name'), constant(null))).where).toBe('(none)');
    expect(
      query('Customer', bin('||', bin('==', c('Name'), constant(null)), bin('==', c('Id'), constant(7))))
        .where,
    ).toBe('WHERE "c"."Id" = 7');
    expect(
      query(
        'User',
        bin(
          '==',
          prop('u', 'LastLogin'),
          captured('when', () => null),
        ),
      ).where,
    ).toBe('WHERE "u"."LastLogin" IS NULL');
  });

  it('prints NOT LIKE for a negated StartsWith/EndsWith (q-string-startswith, q-string-negated-captured)', () => {
    expect(query('Customer', notExpr(call(c('Email'), 'startsWith', constant('customer4')))).where).toBe(
      `WHERE "c"."Email" NOT LIKE 'customer4%'`,
    );
    const prefix = 'Customer 1';
    expect(
      query(
        'Customer',
        notExpr(
          call(
            c('Name'),
            'startsWith',
            captured('prefix', () => prefix),
          ),
        ),
      ).where,
    ).toBe(`WHERE "c"."Name" NOT LIKE @prefix_startswith ESCAPE '\\'`);
  });

  it('folds StartsWith/EndsWith of an empty constant, and translates a column pattern with substr (q-string-edge)', () => {
    expect(query('Customer', call(c('Name'), 'startsWith', constant(''))).where).toBe('(none)');
    expect(query('Customer', notExpr(call(c('Email'), 'endsWith', constant('')))).where).toBe('WHERE 0');
    expect(query('Customer', call(c('Email'), 'startsWith', c('Name'))).where).toBe(
      `WHERE substr("c"."Email", 1, length("c"."Name")) = "c"."Name" OR "c"."Name" = ''`,
    );
    expect(query('Customer', notExpr(call(c('Name'), 'endsWith', c('Email')))).where).toBe(
      `WHERE substr("c"."Name", -length("c"."Email")) <> "c"."Email" AND "c"."Email" <> ''`,
    );
  });

  it('prints double constants with G17 (q-literals)', () => {
    expect(query('Order', bin('>', o('Total'), constant(0.1))).where).toBe(
      'WHERE "o"."Total" > 0.10000000000000001',
    );
    expect(query('Order', bin('<', o('Total'), constant(1e7))).where).toBe('WHERE "o"."Total" < 10000000.0');
    expect(query('Order', bin('==', o('Total'), constant(12.5))).where).toBe('WHERE "o"."Total" = 12.5');
  });

  it('marks a parameter compared with a nullable DateTime column Nullable (q-where-dates)', () => {
    const since = '2025-01-05 00:00:00';
    expect(
      query(
        'User',
        bin(
          '>',
          prop('u', 'LastLogin'),
          captured('since', () => since),
        ),
      ).log,
    ).toBe("@since='2025-01-05T00:00:00.0000000' (Nullable = true) (DbType = DateTime)");
  });
});

describe('Contains on a list (EF Core 10: one parameter per element, padded)', () => {
  const arr = (...values: number[]): Expr => ({ kind: 'array', elements: values.map((v) => constant(v)) });

  it('expands a captured array into padded parameters and inlines an array literal (q-contains-list, q-contains-padding)', () => {
    const ids = [3, 5, 9];
    expect(
      query(
        'Customer',
        call(
          captured('ids', () => ids),
          'includes',
          c('Id'),
        ),
      ).where,
    ).toBe('WHERE "c"."Id" IN (@ids1, @ids2, @ids3)');
    const six = [1, 2, 3, 4, 5, 6];
    const q = query(
      'Customer',
      call(
        captured('six', () => six),
        'includes',
        c('Id'),
      ),
    );
    expect(q.where).toBe(
      `WHERE "c"."Id" IN (${Array.from({ length: 10 }, (_, i) => `@six${i + 1}`).join(', ')})`,
    );
    expect(q.log.endsWith("@six6='6', @six7='6', @six8='6', @six9='6', @six10='6'")).toBe(true);
    expect(query('Customer', call(arr(1, 2), 'includes', c('Id'))).where).toBe('WHERE "c"."Id" IN (1, 2)');
  });

  it('turns one value into a comparison and an empty list into a constant (q-contains-list, q-contains-list-edge)', () => {
    const one = [7];
    expect(
      query(
        'Customer',
        call(
          captured('one', () => one),
          'includes',
          c('Id'),
        ),
      ).where,
    ).toBe('WHERE "c"."Id" = @one1');
    expect(query('Customer', call(arr(7), 'includes', c('Id'))).where).toBe('WHERE "c"."Id" = 7');
    const none: number[] = [];
    expect(
      query(
        'Customer',
        call(
          captured('none', () => none),
          'includes',
          c('Id'),
        ),
      ).where,
    ).toBe('WHERE 0');
    expect(
      query(
        'Customer',
        notExpr(
          call(
            captured('none', () => none),
            'includes',
            c('Id'),
          ),
        ),
      ).where,
    ).toBe('(none)');
  });

  it('gives each captured element of an array literal its own parameter (q-contains-list-edge)', () => {
    const x = 4;
    const y = 6;
    const list: Expr = {
      kind: 'array',
      elements: [captured('x', () => x), captured('y', () => y), constant(8)],
    };
    expect(query('Customer', call(list, 'includes', c('Id'))).where).toBe('WHERE "c"."Id" IN (@x, @y, 8)');
  });
});

describe('paging', () => {
  const count = (n: number): Expr => captured('p', () => n);
  const page = (list: [string, number][], terminal: QueryTerminal = 'ToList') => {
    const calls = list.map(([method, n]) => ({ method, lambda: null, arg: String(n), count: count(n) }));
    const last = (method: string) => calls.filter((c) => c.method === method).at(-1)?.count ?? null;
    return translateQuery({
      entityType: type('Order'),
      where: [],
      orderBy: [],
      skip: last('Skip'),
      take: last('Take'),
      terminal,
      terminalPredicate: null,
      calls,
    });
  };

  it('Take after Take and First after Take use min(); Skip after Skip pushes down (q-take-twice)', () => {
    expect(
      page([
        ['Take', 5],
        ['Take', 3],
      ])
        .sql.split('\n')
        .at(-1),
    ).toBe('LIMIT min(@p, @p1)');
    expect(
      page([['Take', 5]], 'First')
        .sql.split('\n')
        .at(-1),
    ).toBe('LIMIT min(@p, 1)');
    const q = page([
      ['Skip', 2],
      ['Skip', 3],
      ['Take', 2],
    ]);
    expect(q.sql).toContain('    LIMIT -1 OFFSET @p\n) AS "o0"\nLIMIT @p OFFSET @p1');
    expect(formatParameters(q.params, true)).toBe("@p='2', @p1='3'");
  });
});
