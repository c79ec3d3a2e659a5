/**
 * Outside the subset: a clear error on the construct's line (what it is, "not supported yet",
 * the nearest supported form). Never a crash and never a silent mis-run.
 */
import { describe, expect, it } from 'vitest';
import { lower } from './testSupport/runCSharp.ts';

const CASES: [string, string, RegExp][] = [
  [
    'with expression',
    'var x = new Customer();\nvar y = x with { Id = 2 };',
    /A `with` expression is not supported yet/,
  ],
  [
    'nested foreach deconstruction',
    'var x = 1;\nforeach (var ((a, b), c) in new[] { ((1, 2), 3) }) { }',
    /This deconstruction in `foreach` is not supported yet/,
  ],
  [
    'switch expression',
    'var x = 1;\nvar s = x switch { 1 => "a", _ => "b" };',
    /A switch expression is not supported yet.*`switch` statement/,
  ],
  ['query syntax', 'var x = 1;\nvar q = from o in db.Orders select o;', /LINQ query syntax.*method syntax/],
  ['lock', 'var x = 1;\nlock (db) { }', /`lock` is not supported yet/],
  [
    'Environment.ProcessorCount',
    'var x = 1;\nvar n = Environment.ProcessorCount;',
    /`Environment.ProcessorCount` is not supported yet.*models 4/,
  ],
  ['Guid.NewGuid', 'var x = 1;\nvar g = Guid.NewGuid();', /`Guid.NewGuid\(\)` is not supported yet/],
  ['Thread.Sleep', 'var x = 1;\nThread.Sleep(10);', /Thread.Sleep.*Task.Delay/],
  [
    'Dictionary',
    'var x = 1;\nvar d = new Dictionary<int, string>();',
    /Dictionary<K, V> is not supported yet/,
  ],
  [
    'an undeclared name',
    'var x = 1;\nbuilder.Services.AddDbContext<AppDb>();',
    /`builder` is not declared, and the playground has no global of that name.*app\.Services/,
  ],
  [
    'an undeclared function',
    'var x = 1;\nvar r = NoContent();',
    /`NoContent\(\)` is not declared in the snippet/,
  ],
  ['unknown type', 'var x = 1;\nvar h = new HttpClient();', /`HttpClient` is not supported yet/],
  ['out argument', 'var x = 1;\ndb.Customers.Find(out var n);', /`out` argument is not supported yet/],
  [
    'a static method the playground lacks',
    'var x = 1;\nint.TryParse("1", out var n);',
    /`int.TryParse` is not supported yet/,
  ],
  ['enum', 'var x = 1;\nenum Color { Red }', /enum is not supported yet.*string constants/],
  ['namespace', 'var x = 1;\nnamespace A { }', /not supported yet.*top level/],
  [
    'yield',
    'var x = 1;\nIEnumerable<int> F() { yield return 1; }',
    /iterator \(`yield`\) is not supported yet/,
  ],
  [
    'an entity constructor with arguments',
    'var x = 1;\ndb.AuditLog.Add(new AuditEntry("queued"));',
    /`new AuditEntry\(…\)` with arguments is not supported yet.*initializer/,
  ],
  ['declaring the model', 'var x = 1;\nclass AppDb { }', /part of the playground's model/],
  [
    'pattern with a declaration',
    'var x = 1;\nobject o = x; if (o is int n) { }',
    /The pattern `int n` is not supported yet/,
  ],
  ['syntax error', 'var x = 1;\nvar y = ;', /C# syntax error/],
];

describe('constructs outside the subset', () => {
  for (const [name, source, message] of CASES) {
    it(`${name}: an error on line 2`, async () => {
      const result = await lower(source);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length, JSON.stringify(result.diagnostics)).toBeGreaterThan(0);
      expect(errors[0].line).toBe(2);
      expect(errors[0].message).toMatch(message);
    });
  }

  it('reports every unsupported construct, not only the first', async () => {
    const result = await lower('lock (db) { }\nThread.Sleep(1);\nvar g = Guid.NewGuid();');
    expect(result.diagnostics.map((d) => d.line)).toEqual([1, 2, 3]);
  });

  it('an empty snippet and a comment-only snippet lower to nothing, without errors', async () => {
    expect((await lower('')).diagnostics).toEqual([]);
    expect((await lower('// nothing\n')).code).toBe('\n');
  });
});
