import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Expr, Lambda } from '../expression.ts';
import { createDatabaseTemplate } from './database.ts';
import { defaultModel } from './model.ts';
import { formatParameters } from './sqlParameter.ts';
import { bin, call, captured, constant, lambda, member, notExpr, prop } from './testLambdas.ts';
import {
  materializeRow,
  translateFind,
  translateQuery,
  TranslationError,
  type QuerySpec,
  type QueryTerminal,
} from './translate.ts';

const type = (name: string) => defaultModel.entityTypes.find((e) => e.name === name)!;
const ORDER_COLS = 'SELECT "o"."Id", "o"."CustomerId", "o"."Status", "o"."Total"\nFROM "Orders" AS "o"';
const CUSTOMER_COLS = 'SELECT "c"."Id", "c"."Email", "c"."Name"\nFROM "Customers" AS "c"';

interface Parts {
  where?: Lambda[];
  orderBy?: { key: Lambda; descending: boolean }[];
  skip?: Expr;
  take?: Expr;
  terminal?: QueryTerminal;
  predicate?: Lambda;
  calls?: QuerySpec['calls'];
}

function spec(entity: string, parts: Parts = {}): QuerySpec {
  return {
    entityType: type(entity),
    where: parts.where ?? [],
    orderBy: parts.orderBy ?? [],
    skip: parts.skip ?? null,
    take: parts.take ?? null,
    terminal: parts.terminal ?? 'ToList',
    terminalPredicate: parts.predicate ?? null,
    calls: parts.calls ?? [],
  };
}

const o = (p: string) => prop('o', p);
const where = (source: string, body: Expr) => lambda(source, 'o', body);
const log = (q: { params: Parameters<typeof formatParameters>[0] }) => formatParameters(q.params, true);

describe('translateQuery: shapes', () => {
  it('ToList lists every column, key first then alphabetical', () => {
    expect(translateQuery(spec('Order')).sql).toBe(ORDER_COLS);
    expect(translateQuery(spec('AuditEntry')).sql).toBe(
      'SELECT "a"."Id", "a"."At", "a"."Message"\nFROM "AuditLog" AS "a"',
    );
  });

  it('inlines constants and parameterizes captured variables', () => {
    const q = translateQuery(
      spec('Order', { where: [where('o => o.Total > 100', bin('>', o('Total'), constant(100)))] }),
    );
    expect(q.sql).toBe(`${ORDER_COLS}\nWHERE "o"."Total" > 100.0`);
    expect(q.params).toEqual([]);
    const id = 7;
    const q2 = translateQuery(
      spec('Order', {
        where: [
          where(
            'o => o.CustomerId === id',
            bin(
              '===',
              o('CustomerId'),
              captured('id', () => id),
            ),
          ),
        ],
      }),
    );
    expect(q2.sql).toBe(`${ORDER_COLS}\nWHERE "o"."CustomerId" = @id`);
    expect(log(q2)).toBe("@id='7'");
  });

  it('names member access on captured objects name_Member and reuses a repeated capture', () => {
    const order = { Id: 3, CustomerId: 1 };
    const body = bin(
      '&&',
      bin(
        '==',
        o('Id'),
        member(
          captured('order', () => order),
          'Id',
        ),
      ),
      bin(
        '!=',
        o('Id'),
        member(
          captured('order', () => order),
          'Id',
        ),
      ),
    );
    const q = translateQuery(
      spec('Order', { where: [where('o => o.Id == order.Id && o.Id != order.Id', body)] }),
    );
    expect(q.sql).toBe(`${ORDER_COLS}\nWHERE "o"."Id" = @order_Id AND "o"."Id" <> @order_Id`);
    expect(log(q)).toBe("@order_Id='3'");
  });

  it('uniquifies a repeated name with a suffix starting at 1 (EF Core 10.0.15, conformance q-skip-take)', () => {
    const a = { Id: 1 };
    const b = { Id: 2 };
    const body = bin(
      '||',
      bin(
        '==',
        o('Id'),
        captured('id', () => a.Id),
      ),
      bin(
        '==',
        o('CustomerId'),
        member(
          captured('x', () => b),
          'Id',
        ),
      ),
    );
    const q = translateQuery(
      spec('Order', {
        where: [where('o => o.Id == id || o.CustomerId == x.Id', body)],
        skip: constant(5),
        take: constant(10),
        calls: [
          { method: 'Where', lambda: null },
          { method: 'Skip', lambda: null, arg: '5' },
          { method: 'Take', lambda: null, arg: '10' },
        ],
      }),
    );
    expect(q.sql).toBe(
      `${ORDER_COLS}\nWHERE "o"."Id" = @id OR "o"."CustomerId" = @x_Id\nLIMIT @p1 OFFSET @p`,
    );
    expect(log(q)).toBe("@id='1', @x_Id='2', @p1='10', @p='5'");
  });

  it('orders, pages and limits like EF Core', () => {
    const byTotal = { key: lambda('o => o.Total', 'o', o('Total')), descending: true };
    const byId = { key: lambda('o => o.Id', 'o', o('Id')), descending: false };
    const pageSize = 10;
    const q = translateQuery(
      spec('Order', { orderBy: [byTotal, byId], take: captured('pageSize', () => pageSize) }),
    );
    expect(q.sql).toBe(`${ORDER_COLS}\nORDER BY "o"."Total" DESC, "o"."Id"\nLIMIT @pageSize`);
    expect(translateQuery(spec('Order', { skip: constant(7) })).sql).toBe(
      `${ORDER_COLS}\nLIMIT -1 OFFSET @p`,
    );
    expect(translateQuery(spec('Order', { orderBy: [byId], terminal: 'FirstOrDefault' })).sql).toBe(
      `${ORDER_COLS}\nORDER BY "o"."Id"\nLIMIT 1`,
    );
    expect(
      translateQuery(
        spec('Order', {
          terminal: 'SingleOrDefault',
          predicate: where('o => o.Id == 1', bin('==', o('Id'), constant(1))),
        }),
      ).sql,
    ).toBe(`${ORDER_COLS}\nWHERE "o"."Id" = 1\nLIMIT 2`);
  });

  it('Count and Any', () => {
    const pred = where('o => o.Status == "Pending"', bin('==', o('Status'), constant('Pending')));
    expect(
      translateQuery(
        spec('Order', {
          terminal: 'Count',
          predicate: pred,
          orderBy: [{ key: lambda('o => o.Id', 'o', o('Id')), descending: false }],
        }),
      ).sql,
    ).toBe(`SELECT COUNT(*)\nFROM "Orders" AS "o"\nWHERE "o"."Status" = 'Pending'`);
    expect(translateQuery(spec('Order', { terminal: 'Any', where: [pred] })).sql).toBe(
      `SELECT EXISTS (\n    SELECT 1\n    FROM "Orders" AS "o"\n    WHERE "o"."Status" = 'Pending')`,
    );
    expect(translateQuery(spec('Order', { terminal: 'Count', take: constant(7) })).sql).toBe(
      `SELECT COUNT(*)\nFROM (\n    SELECT 1\n    FROM "Orders" AS "o"\n    LIMIT @p\n) AS "o0"`,
    );
  });

  it('pushes Take().Skip() into a subquery (baseline Take_Skip)', () => {
    const byName = { key: lambda('c => c.Name', 'c', prop('c', 'Name')), descending: false };
    const q = translateQuery(
      spec('Customer', {
        orderBy: [byName],
        take: constant(10),
        skip: constant(5),
        calls: [
          { method: 'OrderBy', lambda: byName.key },
          { method: 'Take', lambda: null, arg: '10' },
          { method: 'Skip', lambda: null, arg: '5' },
        ],
      }),
    );
    expect(q.sql).toBe(
      'SELECT "c0"."Id", "c0"."Email", "c0"."Name"\nFROM (\n' +
        '    SELECT "c"."Id", "c"."Email", "c"."Name"\n    FROM "Customers" AS "c"\n    ORDER BY "c"."Name"\n    LIMIT @p\n' +
        ') AS "c0"\nORDER BY "c0"."Name"\nLIMIT -1 OFFSET @p1',
    );
    expect(log(q)).toBe("@p='10', @p1='5'");
  });

  it('null checks, bools, negation and C# null semantics', () => {
    const u = (p: string) => prop('u', p);
    const users = (source: string, body: Expr) =>
      translateQuery(spec('User', { where: [lambda(source, 'u', body)] }))
        .sql.split('\n')
        .at(-1);
    expect(users('u => u.LastLogin == null', bin('==', u('LastLogin'), constant(null)))).toBe(
      'WHERE "u"."LastLogin" IS NULL',
    );
    expect(users('u => u.LastLogin !== null', bin('!==', u('LastLogin'), constant(null)))).toBe(
      'WHERE "u"."LastLogin" IS NOT NULL',
    );
    const since = null;
    expect(
      users(
        'u => u.LastLogin == since',
        bin(
          '==',
          u('LastLogin'),
          captured('since', () => since),
        ),
      ),
    ).toBe('WHERE "u"."LastLogin" IS NULL');
    expect(
      users(
        'u => u.LastLogin != d',
        bin(
          '!=',
          u('LastLogin'),
          captured('d', () => new Date(Date.UTC(2025, 0, 1))),
        ),
      ),
    ).toBe('WHERE "u"."LastLogin" <> @d OR "u"."LastLogin" IS NULL');
    const t = (p: string) => prop('t', p);
    const tickets = (source: string, body: Expr) =>
      translateQuery(spec('Ticket', { where: [lambda(source, 't', body)] }))
        .sql.split('\n')
        .at(-1);
    expect(tickets('t => t.IsOpen', t('IsOpen'))).toBe('WHERE "t"."IsOpen"');
    expect(tickets('t => !t.IsOpen', notExpr(t('IsOpen')))).toBe('WHERE NOT ("t"."IsOpen")');
    expect(tickets('t => t.IsOpen == false', bin('==', t('IsOpen'), constant(false)))).toBe(
      'WHERE NOT ("t"."IsOpen")',
    );
    const open = true;
    expect(
      tickets(
        't => t.IsOpen == open',
        bin(
          '==',
          t('IsOpen'),
          captured('open', () => open),
        ),
      ),
    ).toBe('WHERE "t"."IsOpen" = @open');
    expect(
      tickets(
        't => !(t.Id > 3 && t.IsOpen)',
        notExpr(bin('&&', bin('>', t('Id'), constant(3)), t('IsOpen'))),
      ),
    ).toBe('WHERE "t"."Id" <= 3 OR NOT ("t"."IsOpen")');
    expect(
      tickets(
        't => t.IsOpen && (t.Id < 5 || t.CustomerId == 2)',
        bin(
          '&&',
          t('IsOpen'),
          bin('||', bin('<', t('Id'), constant(5)), bin('==', t('CustomerId'), constant(2))),
        ),
      ),
    ).toBe('WHERE "t"."IsOpen" AND ("t"."Id" < 5 OR "t"."CustomerId" = 2)');
    expect(
      tickets(
        't => t.Id < 5 || t.IsOpen && t.CustomerId == 2',
        bin(
          '||',
          bin('<', t('Id'), constant(5)),
          bin('&&', t('IsOpen'), bin('==', t('CustomerId'), constant(2))),
        ),
      ),
    ).toBe('WHERE "t"."Id" < 5 OR ("t"."IsOpen" AND "t"."CustomerId" = 2)');
  });

  it('string methods: instr for includes, LIKE for startsWith/endsWith', () => {
    const c = (p: string) => prop('c', p);
    const q = (source: string, body: Expr) =>
      translateQuery(spec('Customer', { where: [lambda(source, 'c', body)] }));
    expect(q("c => c.Name.includes('er 1')", call(c('Name'), 'includes', constant('er 1'))).sql).toBe(
      `${CUSTOMER_COLS}\nWHERE instr("c"."Name", 'er 1') > 0`,
    );
    const term = 'mer';
    const inc = q(
      'c => c.Name.includes(term)',
      call(
        c('Name'),
        'includes',
        captured('term', () => term),
      ),
    );
    expect(inc.sql.split('\n')[2]).toBe('WHERE instr("c"."Name", @term) > 0');
    expect(log(inc)).toBe("@term='mer' (Size = 3)");
    expect(
      q("c => !c.Name.includes('x')", notExpr(call(c('Name'), 'includes', constant('x')))).sql.split('\n')[2],
    ).toBe(`WHERE instr("c"."Name", 'x') <= 0`);
    expect(
      q(
        "c => c.Email.startsWith('customer1')",
        call(c('Email'), 'startsWith', constant('customer1')),
      ).sql.split('\n')[2],
    ).toBe(`WHERE "c"."Email" LIKE 'customer1%'`);
    expect(
      q("c => c.Email.endsWith('_x')", call(c('Email'), 'endsWith', constant('_x'))).sql.split('\n')[2],
    ).toBe(`WHERE "c"."Email" LIKE '%\\_x' ESCAPE '\\'`);
    const prefix = 'Customer 1';
    const sw = q(
      'c => c.Name.startsWith(prefix)',
      call(
        c('Name'),
        'startsWith',
        captured('prefix', () => prefix),
      ),
    );
    expect(sw.sql.split('\n')[2]).toBe(`WHERE "c"."Name" LIKE @prefix_startswith ESCAPE '\\'`);
    expect(log(sw)).toBe("@prefix_startswith='Customer 1%' (Size = 11)");
  });

  it('arithmetic with EF Core parenthesization', () => {
    const k = 2;
    const q = translateQuery(
      spec('Order', {
        where: [
          where(
            'o => (o.Total - 10) * k + 1 > o.Id',
            bin(
              '>',
              bin(
                '+',
                bin(
                  '*',
                  bin('-', o('Total'), constant(10)),
                  captured('k', () => k),
                ),
                constant(1),
              ),
              o('Id'),
            ),
          ),
        ],
      }),
    );
    expect(q.sql.split('\n')[2]).toBe('WHERE ("o"."Total" - 10.0) * @k + 1.0 > "o"."Id"');
    expect(log(q)).toBe("@k='2'");
  });
});

describe('translateQuery: failures', () => {
  const message = (expression: string) =>
    `The LINQ expression '${expression}' could not be translated. Either rewrite the query in a form that can be translated, or switch to client evaluation explicitly by inserting a call to 'AsEnumerable', 'AsAsyncEnumerable', 'ToList', or 'ToListAsync'. See https://go.microsoft.com/fwlink/?linkid=2101038 for more information.`;

  it('fails like EF Core on an unsupported call', () => {
    const bad = where('o => isBig(o)', { kind: 'unsupported', text: 'isBig(o)' });
    const ok = where('o => o.Total > 1', bin('>', o('Total'), constant(1)));
    const run = () =>
      translateQuery(
        spec('Order', {
          where: [ok, bad],
          calls: [
            { method: 'Where', lambda: ok },
            { method: 'AsNoTracking', lambda: null },
            { method: 'Where', lambda: bad },
          ],
        }),
      );
    expect(run).toThrow(TranslationError);
    expect(run).toThrow(message('DbSet<Order>()\n    .Where(o => o.Total > 1)\n    .Where(o => isBig(o))'));
    try {
      run();
    } catch (e) {
      expect((e as Error).name).toBe('InvalidOperationException');
    }
  });

  it('fails on methods outside the subset, entity comparisons and raw functions', () => {
    const padded = where(
      "o => o.Status.padStart(3) == 'x'",
      bin('==', call(o('Status'), 'padStart', constant(3)), constant('x')),
    );
    expect(() => translateQuery(spec('Order', { where: [padded] }))).toThrow(
      message(`DbSet<Order>()\n    .Where(o => o.Status.padStart(3) == 'x')`),
    );
    const entity = where(
      'o => o == other',
      bin(
        '==',
        { kind: 'param', name: 'o' },
        captured('other', () => ({ Id: 1 })),
      ),
    );
    expect(() => translateQuery(spec('Order', { where: [entity] }))).toThrow(TranslationError);
    const raw = ((x: { Total: number }) => x.Total > 1) as unknown as Lambda;
    expect(() => translateQuery(spec('Order', { terminal: 'FirstOrDefault', predicate: raw }))).toThrow(
      message(`DbSet<Order>()\n    .FirstOrDefault(${String(raw)})`),
    );
  });
});

describe('translated SQL runs in SQLite', () => {
  let SQL: SqlJsStatic;
  beforeAll(async () => {
    SQL = await initSqlJs();
  });

  it('returns the right rows and materializes them', () => {
    const db = createDatabaseTemplate(SQL, defaultModel).open();
    try {
      const run = (s: QuerySpec) => {
        const q = translateQuery(s);
        return db.query(q.sql, q.params);
      };
      const cid = 3;
      const orders = run(
        spec('Order', {
          where: [
            where(
              'o => o.CustomerId == cid',
              bin(
                '==',
                o('CustomerId'),
                captured('cid', () => cid),
              ),
            ),
          ],
          orderBy: [{ key: lambda('o => o.Id', 'o', o('Id')), descending: true }],
        }),
      );
      expect(orders.rows.map((r) => r[0])).toEqual([12, 11, 10, 9]);
      expect(materializeRow(type('Order'), orders.columns, orders.rows[0])).toEqual({
        Id: 12,
        CustomerId: 3,
        Status: 'Cancelled',
        Total: 150,
      });

      const open = run(
        spec('Ticket', { where: [lambda('t => t.IsOpen', 't', prop('t', 'IsOpen'))], terminal: 'Count' }),
      );
      expect(open.rows).toEqual([[40]]);
      const first = run(
        spec('Ticket', {
          where: [lambda('t => !t.IsOpen', 't', notExpr(prop('t', 'IsOpen')))],
          terminal: 'First',
        }),
      );
      expect(materializeRow(type('Ticket'), first.columns, first.rows[0])).toMatchObject({
        Id: 3,
        IsOpen: false,
      });

      const never = run(
        spec('User', {
          where: [lambda('u => u.LastLogin == null', 'u', bin('==', prop('u', 'LastLogin'), constant(null)))],
        }),
      );
      expect(never.rows.map((r) => r[0])).toEqual([4, 8]);
      const user = run(spec('User', { terminal: 'First' }));
      expect(materializeRow(type('User'), user.columns, user.rows[0]).LastLogin).toEqual(
        new Date(Date.UTC(2025, 0, 1, 9, 5)),
      );

      const prefix = 'Customer 1';
      const names = run(
        spec('Customer', {
          where: [
            lambda(
              'c => c.Name.startsWith(prefix)',
              'c',
              call(
                prop('c', 'Name'),
                'startsWith',
                captured('prefix', () => prefix),
              ),
            ),
          ],
          terminal: 'Count',
        }),
      );
      expect(names.rows).toEqual([[11]]);
      const any = run(
        spec('Order', {
          terminal: 'Any',
          predicate: where('o => o.Total > 1000', bin('>', o('Total'), constant(1000))),
        }),
      );
      expect(any.rows).toEqual([[0]]);
      const page = run(
        spec('Order', {
          orderBy: [{ key: lambda('o => o.Id', 'o', o('Id')), descending: false }],
          skip: constant(4),
          take: constant(3),
        }),
      );
      expect(page.rows.map((r) => r[0])).toEqual([5, 6, 7]);
    } finally {
      db.close();
    }
  });
});

describe('translateFind', () => {
  it('uses @p and LIMIT 1', () => {
    const q = translateFind(type('Customer'), 7);
    expect(q.sql).toBe(`${CUSTOMER_COLS}\nWHERE "c"."Id" = @p\nLIMIT 1`);
    expect(log(q)).toBe("@p='7'");
  });
});

describe('translateQuery: call order from the runtime', () => {
  it('uses each call’s own lambda (a later OrderBy replaces the earlier one)', () => {
    const a = lambda('o => o.Total', 'o', o('Total'));
    const b = lambda('o => o.Id', 'o', o('Id'));
    const q = translateQuery(
      spec('Order', {
        orderBy: [{ key: b, descending: true }],
        calls: [
          { method: 'OrderBy', lambda: a },
          { method: 'OrderByDescending', lambda: b },
        ],
      }),
    );
    expect(q.sql).toBe(`${ORDER_COLS}\nORDER BY "o"."Id" DESC`);
  });

  it('reports a raw function given to Where with its source', () => {
    const raw = (x: { Total: number }) => x.Total > 1;
    const run = () =>
      translateQuery(
        spec('Order', { where: [raw as unknown as Lambda], calls: [{ method: 'Where', lambda: null }] }),
      );
    expect(run).toThrow(`'DbSet<Order>()\n    .Where(${String(raw)})' could not be translated`);
  });

  it('Where after Take filters the page in an outer query', () => {
    const pred = where('o => o.Total > 100', bin('>', o('Total'), constant(100)));
    const q = translateQuery(
      spec('Order', {
        where: [pred],
        take: captured('p', () => 5),
        terminal: 'Count',
        calls: [
          { method: 'Take', lambda: null, arg: '5' },
          { method: 'Where', lambda: pred },
        ],
      }),
    );
    expect(q.sql).toBe(
      'SELECT COUNT(*)\nFROM (\n    SELECT "o"."Total"\n    FROM "Orders" AS "o"\n    LIMIT @p\n) AS "o0"\nWHERE "o0"."Total" > 100.0',
    );
  });
});

describe('error text', () => {
  it('prints a single lambda parameter without parentheses, as EF Core does', () => {
    const bad = lambda('(o: Order) => isBig(o.Total)', 'o', { kind: 'unsupported', text: 'isBig(o.Total)' });
    expect(() => translateQuery(spec('Order', { where: [bad] }))).toThrow(
      `'DbSet<Order>()\n    .Where(o => isBig(o.Total))' could not`,
    );
  });
});
