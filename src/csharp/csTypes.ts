/**
 * The little static typing the lowering needs: which values are C# `int`s (integer division),
 * lists and arrays (`.Count` → `.length`, LINQ to objects), EF Core queries (LINQ stays a query,
 * lambdas stay expression trees), exceptions (`.Message`), and snippet-declared classes.
 */
import { QUERY_CHAIN_OPERATORS } from './names.ts';

export type CsType =
  | 'int'
  | 'double'
  | 'string'
  | 'bool'
  | 'seq'
  | 'query'
  | 'task'
  /** What `await Task.WhenAny(…)` gives: a task (a reference to one of its arguments). */
  | 'taskref'
  | 'exception'
  /** An entity the model maps (`Customer`…): its collection navigations (`c.Orders`) are lists. */
  | 'entity'
  /** An object of EF Core's API (ChangeTracker, an entry, its values): its methods are its own, never LINQ. */
  | 'api'
  | 'unknown'
  | `class:${string}`;

const INT_NAMES = new Set(['int', 'long', 'short', 'byte', 'uint', 'ulong', 'Int32', 'Int64']);
const DOUBLE_NAMES = new Set(['double', 'float', 'decimal', 'Double', 'Decimal', 'Single']);
const SEQ_NAMES = new Set([
  'List',
  'IList',
  'IEnumerable',
  'ICollection',
  'IReadOnlyList',
  'IReadOnlyCollection',
  'HashSet',
]);
const QUERY_NAMES = new Set(['IQueryable', 'DbSet', 'IOrderedQueryable']);

/** The CsType of a C# type's source text (`int`, `List<Order>`, `Order[]`, `Task<int>`, `AppDb`). */
export function typeFromText(text: string, classes: ReadonlySet<string>): CsType {
  const t = text.replace(/\s+/g, '').replace(/\?$/, '');
  if (t.endsWith('[]')) return 'seq';
  const head = t.replace(/<.*$/, '');
  if (INT_NAMES.has(head)) return 'int';
  if (DOUBLE_NAMES.has(head)) return 'double';
  if (head === 'string' || head === 'String') return 'string';
  if (head === 'bool' || head === 'Boolean') return 'bool';
  if (SEQ_NAMES.has(head)) return 'seq';
  if (QUERY_NAMES.has(head)) return 'query';
  if (head === 'Task' || head === 'ValueTask') return 'task';
  if (/Exception$/.test(head)) return 'exception';
  if (classes.has(head)) return `class:${head}`;
  return 'unknown';
}

/** DbSet properties of the playground's AppDb: a chain starting at one of them is a query. */
export const DBSET_NAMES: ReadonlySet<string> = new Set([
  'Customers',
  'Orders',
  'Invoices',
  'Tickets',
  'AuditLog',
  'Users',
]);

/** Members known to be `int` (entity keys and foreign keys, counts): for integer division. */
export function isIntMemberName(name: string): boolean {
  return name === 'Id' || name.endsWith('Id') || name === 'Version' || name === 'Count' || name === 'Length';
}

/** Methods whose result is a list (awaited when async). */
export const LIST_RESULTS: ReadonlySet<string> = new Set([
  'ToList',
  'ToListAsync',
  'ToArray',
  'ToArrayAsync',
]);
/** Methods whose result is an `int` (awaited when async). */
export const INT_RESULTS: ReadonlySet<string> = new Set([
  'Count',
  'CountAsync',
  'SaveChanges',
  'SaveChangesAsync',
  'ExecuteSqlRaw',
  'ExecuteSqlRawAsync',
]);
/** Query operators that keep a query a query (and `Set<T>()`, which starts one). */
export const QUERY_CHAIN: ReadonlySet<string> = new Set([...QUERY_CHAIN_OPERATORS, 'Set']);
