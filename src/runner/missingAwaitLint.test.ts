import { describe, expect, it } from 'vitest';
import { transpileSnippet } from './transpile.ts';

const warningsOf = (code: string) =>
  transpileSnippet(code).diagnostics.filter((d) => d.severity === 'warning');

describe('missing-await lint', () => {
  it('flags a dropped async call at its position', () => {
    const [w, ...rest] = warningsOf(
      `const x = 1;\n  db.Orders.ToListAsync();\nawait db.SaveChangesAsync();\n`,
    );
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ line: 2, column: 3, endLine: 2, endColumn: 26 });
    expect(w.message).toMatch(/^'ToListAsync' is not awaited\./);
  });

  it('flags discarded tasks: void, _ =, const _ =', () => {
    const ws = warningsOf(
      `void db.SaveChangesAsync();\nlet _;\n_ = db.Orders.CountAsync();\nconst _x = 1;\n`,
    );
    expect(ws.map((w) => w.line)).toEqual([1, 3]);
    expect(ws[0].message).toMatch(/^The task from 'SaveChangesAsync' is discarded\./);
  });

  it('a dropped Task.Run is flagged only when its body uses the request context', () => {
    const ws = warningsOf(`Task.Run(async () => { await db.Orders.CountAsync(); });
Task.Run(async () => { await using ctx = factory.CreateDbContext(); await ctx.Orders.CountAsync(); });
`);
    expect(ws.map((w) => w.line)).toEqual([1]);
    expect(ws[0].message).toMatch(/^This background task uses 'db'/);
  });

  it('leaves used tasks alone: awaited, stored, returned, passed on, inside lambdas', () => {
    expect(
      warningsOf(`await db.Orders.ToListAsync();
const t = db.Orders.ToListAsync();
await Task.WhenAll(t, db.Invoices.ToListAsync());
async function f() { return db.Orders.CountAsync(); }
await Task.Run(() => db.Orders.CountAsync());
`),
    ).toEqual([]);
  });

  it('warnings do not stop the run', () => {
    const t = transpileSnippet(`db.Orders.ToListAsync();\n`);
    expect(t.diagnostics.some((d) => d.severity === 'error')).toBe(false);
  });
});
