import { describe, expect, it } from 'vitest';
import type { Expr, Lambda } from '../sim/expression.ts';
import { transpileSnippet } from './transpile.ts';

/** Runs a transpiled snippet whose `X.Where(…)`-style calls return their first argument. */
async function evaluate(code: string, extra: Record<string, unknown> = {}): Promise<unknown> {
  const { js, diagnostics } = transpileSnippet(code);
  expect(diagnostics).toEqual([]);
  const identity = (arg: unknown) => arg;
  const X = {
    Where: identity,
    OrderBy: identity,
    FirstOrDefaultAsync: identity,
    CountAsync: identity,
    Select: identity,
  };
  const env: Record<string, unknown> = {
    X,
    __flow: { current: () => 0, restore: <T>(_f: number, v: T) => v },
    __guard: () => undefined,
    __thrown: (v: unknown) => v,
    __at: () => [],
    ...extra,
  };
  const names = Object.keys(env);
  const factory = new Function(...names, `"use strict";\n${js}\nreturn __snippet;`);
  return (factory(...names.map((n) => env[n])) as () => Promise<unknown>)();
}

/** Replaces capture getters by their current value, so trees compare with toEqual. */
function plain(e: Expr): unknown {
  switch (e.kind) {
    case 'capture':
      return { kind: 'capture', name: e.name, value: e.get() };
    case 'member':
      return { ...e, object: plain(e.object) };
    case 'binary':
      return { ...e, left: plain(e.left), right: plain(e.right) };
    case 'unary':
      return { ...e, operand: plain(e.operand) };
    case 'call':
      return { ...e, object: plain(e.object), args: e.args.map(plain) };
    case 'index':
      return { ...e, object: plain(e.object), index: plain(e.index) };
    case 'array':
      return { ...e, elements: e.elements.map(plain) };
    case 'conditional':
      return { ...e, test: plain(e.test), whenTrue: plain(e.whenTrue), whenFalse: plain(e.whenFalse) };
    default:
      return e;
  }
}

async function lambda(code: string): Promise<Lambda> {
  return (await evaluate(code)) as Lambda;
}

const o = { kind: 'param', name: 'o' };
const member = (name: string, object: unknown = o) => ({ kind: 'member', object, name });

describe('expression trees', () => {
  it('turns a comparison with a captured local into binary/member/capture', async () => {
    const l = await lambda('const id = 7;\nreturn X.Where(o => o.CustomerId == id);');
    expect(l.__lambda).toBe(true);
    expect(l.params).toEqual(['o']);
    expect(l.source).toBe('o => o.CustomerId == id');
    expect(plain(l.body)).toEqual({
      kind: 'binary',
      op: '==',
      left: member('CustomerId'),
      right: { kind: 'capture', name: 'id', value: 7 },
    });
  });

  it('captured getters read the current value, not the value at creation', async () => {
    const result = (await evaluate(
      'let id = 1;\nconst l = X.Where(o => o.Id === id);\nid = 42;\nreturn l;',
    )) as Lambda;
    const body = result.body as Extract<Expr, { kind: 'binary' }>;
    const right = body.right as Extract<Expr, { kind: 'capture' }>;
    expect(right.get()).toBe(42);
  });

  it('handles literals, negation, unary minus, && / ||', async () => {
    const l = await lambda(
      "return X.Where(o => !o.IsOpen && (o.Total > -5 || o.Status != 'Shipped' || o.X === null || o.Y == true));",
    );
    expect(plain(l.body)).toEqual({
      kind: 'binary',
      op: '&&',
      left: { kind: 'unary', op: '!', operand: member('IsOpen') },
      right: {
        kind: 'binary',
        op: '||',
        left: {
          kind: 'binary',
          op: '||',
          left: {
            kind: 'binary',
            op: '||',
            left: { kind: 'binary', op: '>', left: member('Total'), right: { kind: 'const', value: -5 } },
            right: {
              kind: 'binary',
              op: '!=',
              left: member('Status'),
              right: { kind: 'const', value: 'Shipped' },
            },
          },
          right: { kind: 'binary', op: '===', left: member('X'), right: { kind: 'const', value: null } },
        },
        right: { kind: 'binary', op: '==', left: member('Y'), right: { kind: 'const', value: true } },
      },
    });
  });

  it('turns method calls into call nodes and member chains on captures into members', async () => {
    const l = await lambda(
      "const term = 'an';\nconst c = { Address: { City: 'Oslo' } };\nreturn X.Where(x => x.Name.includes(term) && x.City == c.Address.City);",
    );
    const x = { kind: 'param', name: 'x' };
    expect(plain(l.body)).toEqual({
      kind: 'binary',
      op: '&&',
      left: {
        kind: 'call',
        object: member('Name', x),
        method: 'includes',
        args: [{ kind: 'capture', name: 'term', value: 'an' }],
      },
      right: {
        kind: 'binary',
        op: '==',
        left: member('City', x),
        right: member(
          'City',
          member('Address', { kind: 'capture', name: 'c', value: { Address: { City: 'Oslo' } } }),
        ),
      },
    });
  });

  it('handles conditionals, parentheses, type assertions, typed params and block bodies with one return', async () => {
    const l = await lambda(
      'const vip = true;\nreturn X.OrderBy((o: Order) => { return ((vip ? o.Total : o.Id) as number)!; });',
    );
    expect(l.params).toEqual(['o']);
    expect(l.source).toBe('(o: Order) => { return ((vip ? o.Total : o.Id) as number)!; }');
    expect(plain(l.body)).toEqual({
      kind: 'conditional',
      test: { kind: 'capture', name: 'vip', value: true },
      whenTrue: member('Total'),
      whenFalse: member('Id'),
    });
  });

  it('turns element access into index nodes (C# ArrayIndex, evaluated on the client)', async () => {
    const l = await lambda(
      'const ids = [3, 5];\nconst i = 0;\nreturn X.Where(o => o.Id == ids[1] || o.Id == ids[i]);',
    );
    const ids = { kind: 'capture', name: 'ids', value: [3, 5] };
    expect(plain(l.body)).toEqual({
      kind: 'binary',
      op: '||',
      left: {
        kind: 'binary',
        op: '==',
        left: member('Id'),
        right: { kind: 'index', object: ids, index: { kind: 'const', value: 1 } },
      },
      right: {
        kind: 'binary',
        op: '==',
        left: member('Id'),
        right: { kind: 'index', object: ids, index: { kind: 'capture', name: 'i', value: 0 } },
      },
    });
  });

  it('turns array literals into array nodes', async () => {
    const l = await lambda("const x = 1;\nreturn X.Where(o => [x, 'a'].includes(o.Status));");
    expect(plain(l.body)).toEqual({
      kind: 'call',
      object: {
        kind: 'array',
        elements: [
          { kind: 'capture', name: 'x', value: 1 },
          { kind: 'const', value: 'a' },
        ],
      },
      method: 'includes',
      args: [member('Status')],
    });
  });

  it('marks anything else unsupported, with its text', async () => {
    const l = await lambda(
      'const f = (n: number) => n;\nreturn X.Where(o => f(o.Id) > 1 && `${o.Id}` == "1");',
    );
    expect(plain(l.body)).toEqual({
      kind: 'binary',
      op: '&&',
      left: {
        kind: 'binary',
        op: '>',
        left: { kind: 'unsupported', text: 'f(o.Id)' },
        right: { kind: 'const', value: 1 },
      },
      right: {
        kind: 'binary',
        op: '==',
        left: { kind: 'unsupported', text: '`${o.Id}`' },
        right: { kind: 'const', value: '1' },
      },
    });
    const block = await lambda('return X.Where(o => { const a = 1; return o.Id == a; });');
    expect(block.body).toEqual({ kind: 'unsupported', text: '{ const a = 1; return o.Id == a; }' });
  });

  it('leaves arrows of other methods and non-inline functions alone', async () => {
    const selected = await evaluate('return X.Select(o => o.Id);');
    expect(typeof selected).toBe('function');
    const passed = await evaluate('const pred = (o: { Id: number }) => o.Id == 1;\nreturn X.Where(pred);');
    expect(typeof passed).toBe('function');
  });

  it('rewrites lambdas nested inside other arguments of the call chain', async () => {
    const count = await lambda('return X.Where(o => o.A == 1) && X.CountAsync(o => o.B == 2);');
    expect(plain(count.body)).toEqual({
      kind: 'binary',
      op: '==',
      left: member('B'),
      right: { kind: 'const', value: 2 },
    });
  });
});

describe('loop guard and flow rewriting', () => {
  it('opens every kind of loop body with __guard()', () => {
    const { js } = transpileSnippet(
      'while (a) b();\ndo { c(); } while (d);\nfor (;;) break;\nfor (const k in o) {}\nfor (const v of xs) {}\nfor await (const r of rs) {}\nlbl: for (;;) { continue lbl; }',
    );
    expect(js.match(/__guard\(\);/g)).toHaveLength(7);
    expect(js).toMatch(/lbl: for \(;;\) \{\s*__guard\(\);\s*continue lbl;/);
  });

  it('wraps every await (also the one TypeScript generates for await using)', () => {
    const { js } = transpileSnippet('await using ctx = await make();\nconst x = await load(ctx);');
    // two written awaits + the lowered disposal await
    expect(js.match(/__flow\.restore\(__flow\.current\(\), await /g)).toHaveLength(3);
  });

  it('captures the flow around for await and restores it in the body and after the loop', () => {
    const { js } = transpileSnippet('for await (const x of xs) { use(x); }\nafter();');
    expect(js).toMatch(
      /const (__flowAt\d+) = __flow\.current\(\);\s*for await \(const x of xs\) \{\s*__flow\.restore\(\1, void 0\);\s*__guard\(\);/,
    );
    expect(js).toMatch(/\}\s*__flow\.restore\(__flowAt\d+, void 0\);\s*\}\s*after\(/);
  });

  it('marks throw statements', () => {
    expect(transpileSnippet('throw "boom";').js).toContain('throw __thrown("boom");');
  });
});

describe('call-site markers', () => {
  it('marks each call and new after its arguments, with the position V8 reports and whether it is in the top level, and top-level reads of db', () => {
    const { js, sites } = transpileSnippet(
      [
        'const orders = await db.Orders.Where(o => o.Id > 1).ToListAsync();',
        'async function load() { return db.Invoices.ToListAsync(); }',
        'const ctx = new AppDb();',
        'maybe?.run(1, ...rest);',
        'items.forEach((x) => console.log(x));',
      ].join('\n'),
    );
    expect(js).toContain('await db.Orders.Where(');
    expect(js).toContain('.ToListAsync(...__at(1))');
    expect(js).toContain('new AppDb(...__at(3))');
    expect(js).toContain('maybe?.run(1, ...rest, ...__at(4))');
    expect(js).toMatch(/__at\(7\);\s*const orders/);
    expect(sites).toEqual([
      { kind: 'call', line: 1, column: 32, main: true },
      { kind: 'call', line: 1, column: 53, main: true },
      { kind: 'call', line: 2, column: 44, main: false },
      { kind: 'call', line: 3, column: 13, main: true },
      { kind: 'call', line: 4, column: 8, main: true },
      { kind: 'call', line: 5, column: 30, main: false },
      { kind: 'call', line: 5, column: 7, main: true },
      // The top-level statement that reads db (line 1) is preceded by a marker for that read.
      { kind: 'db', line: 1, column: 22, main: true },
    ]);
  });

  it('leaves the calls TypeScript and our transformers add unmarked', () => {
    const { js } = transpileSnippet('await using ctx = factory.CreateDbContext();\nthrow "boom";');
    expect(js.match(/__at\(/g)).toHaveLength(1);
    expect(js).toContain('throw __thrown("boom");');
  });

  it('adds no argument: arguments.length and defaults are unchanged', async () => {
    const seen: number[] = [];
    await evaluate('function count(a = 5) { seen.push(arguments.length, a); }\ncount();\ncount(1, 2);', {
      seen,
    });
    expect(seen).toEqual([0, 5, 2, 1]);
  });
});

describe('diagnostics', () => {
  it('reports syntax errors with 1-based snippet line and column', () => {
    const { diagnostics } = transpileSnippet('const a = 1;\nconst b = ;\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      message: 'Expression expected.',
      line: 2,
      column: 11,
    });
  });

  it('clamps errors at the end of input to the last line', () => {
    const { diagnostics } = transpileSnippet('const a = 1;\nfoo(');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0].line).toBe(2);
  });

  it('reports nothing for valid code with top-level await and await using', () => {
    expect(
      transpileSnippet(
        'await using c = await factory.CreateDbContextAsync();\nconst n: number = await c.Orders.CountAsync();',
      ).diagnostics,
    ).toEqual([]);
  });
});
