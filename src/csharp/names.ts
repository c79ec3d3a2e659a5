/**
 * Names the lowering must know: the playground's globals and model classes (they pass through
 * as they are), JavaScript reserved words (renamed), and the LINQ-to-objects operators (routed
 * to the runtime's list wrapper, `__cs.seq(list).where(…)`, so the runner does not turn their
 * lambdas into expression trees).
 */

/** The runtime helper object the lowered code calls (src/runner/csharpRuntime.ts). */
export const RT = '__cs';

/** The default model's entity classes. */
export const ENTITY_CLASSES: ReadonlySet<string> = new Set([
  'Customer',
  'Order',
  'Invoice',
  'Ticket',
  'AuditEntry',
  'User',
]);

/** Classes the simulator provides: `new`, `is` and `catch` use them directly. */
export const SIM_CLASSES: ReadonlySet<string> = new Set([
  ...ENTITY_CLASSES,
  'AppDb',
  'DbContextOptionsBuilder',
  'InvalidOperationException',
  'ObjectDisposedException',
  'DbUpdateException',
  'DbUpdateConcurrencyException',
]);

const JS_RESERVED = new Set(
  (
    'arguments await delete eval export extends function import in instanceof let super typeof ' +
    'undefined NaN Infinity void with yield console globalThis self window document process require'
  ).split(' '),
);

/** A C# identifier as a JavaScript name (`@class` → `class_`, `function` → `function_`). */
export function jsName(text: string): string {
  const name = text.startsWith('@') ? text.slice(1) : text;
  return JS_RESERVED.has(name) || /^\$e\d+$/.test(name) ? `${name}_` : name;
}

/** LINQ-to-objects operators on lists and arrays → the list wrapper's method names. */
export const SEQ_METHODS: ReadonlyMap<string, string> = new Map(
  [
    'Where',
    'Select',
    'SelectMany',
    'First',
    'FirstOrDefault',
    'Single',
    'SingleOrDefault',
    'Last',
    'LastOrDefault',
    'Any',
    'All',
    'Count',
    'Sum',
    'Min',
    'Max',
    'Average',
    'OrderBy',
    'OrderByDescending',
    'ThenBy',
    'ThenByDescending',
    'Take',
    'Skip',
    'ToList',
    'ToArray',
    'Contains',
    'Distinct',
    'Concat',
    'Reverse',
    'Add',
    'AddRange',
    'Remove',
    'Clear',
    'IndexOf',
    'ForEach',
    'Insert',
    'RemoveAt',
    'Exists',
    'Find',
    'Aggregate',
    'ToHashSet',
    'GroupBy',
  ].map((name) => [name, name[0].toLowerCase() + name.slice(1)]),
);

/** Query operators whose result is still a query (csTypes.ts QUERY_CHAIN types them). */
export const QUERY_CHAIN_OPERATORS: readonly string[] = [
  'Where',
  'OrderBy',
  'OrderByDescending',
  'ThenBy',
  'ThenByDescending',
  'Skip',
  'Take',
  'AsNoTracking',
  'AsNoTrackingWithIdentityResolution',
  'AsTracking',
];

/** Operators an EF Core query (IQueryable) has in the playground: on a query they stay as they are. */
export const QUERY_METHODS: ReadonlySet<string> = new Set([
  ...QUERY_CHAIN_OPERATORS,
  'ToListAsync',
  'FirstAsync',
  'FirstOrDefaultAsync',
  'SingleAsync',
  'SingleOrDefaultAsync',
  'CountAsync',
  'AnyAsync',
  'AsAsyncEnumerable',
  'ToList',
  'First',
  'FirstOrDefault',
  'Single',
  'SingleOrDefault',
  'Count',
  'Any',
  'Find',
  'FindAsync',
  'Add',
  'AddAsync',
  'Attach',
  'Update',
  'Remove',
  'AddRange',
  'AttachRange',
  'UpdateRange',
  'RemoveRange',
]);

/** `Math.X` → JavaScript's `Math.x`. */
export const MATH_METHODS: ReadonlyMap<string, string> = new Map([
  ['Max', 'max'],
  ['Min', 'min'],
  ['Abs', 'abs'],
  ['Floor', 'floor'],
  ['Ceiling', 'ceil'],
  ['Sqrt', 'sqrt'],
  ['Pow', 'pow'],
]);

/** String methods → JavaScript's (on a value typed `string`, or a name only strings have). */
export const STRING_METHODS: ReadonlyMap<string, string> = new Map([
  ['Contains', 'includes'],
  ['StartsWith', 'startsWith'],
  ['EndsWith', 'endsWith'],
  ['ToUpper', 'toUpperCase'],
  ['ToLower', 'toLowerCase'],
  ['ToUpperInvariant', 'toUpperCase'],
  ['ToLowerInvariant', 'toLowerCase'],
  ['Trim', 'trim'],
  ['Substring', 'substr'],
  ['Replace', 'replaceAll'],
  ['Split', 'split'],
  ['IndexOf', 'indexOf'],
  ['PadLeft', 'padStart'],
  ['PadRight', 'padEnd'],
]);

/**
 * Names a snippet may use without declaring them: the playground's globals (snippet-globals.d.ts),
 * the static types the lowering handles (statics.ts, calls.ts), and .NET exceptions by name.
 */
const KNOWN_NAMES: ReadonlySet<string> = new Set([
  ...SIM_CLASSES,
  'db',
  'factory',
  'scopes',
  'app',
  'Task',
  'ValueTask',
  'Parallel',
  'ParallelOptions',
  'EntityState',
  'ServiceLifetime',
  'DbContextOptions',
  'Console',
  'Math',
  'String',
  'Int32',
  'Double',
  'Decimal',
  'DateTime',
  'TimeSpan',
  'Guid',
  'Thread',
  'Environment',
  'Regex',
  'System',
  'CancellationToken',
  'nameof',
  'value',
  '_',
]);

export function isKnownName(name: string): boolean {
  return KNOWN_NAMES.has(name) || /Exception$/.test(name);
}
