/**
 * SQL parameters and their rendering in EF Core's command log.
 *
 * The log format follows `DbParameterCollectionExtensions.FormatParameter`
 * (src/EFCore.Relational/Storage/Internal/, read from dotnet/efcore), given what
 * Microsoft.Data.Sqlite and EF Core's SQLite type mappings put on the DbParameter:
 * - value: `'text'` (no escaping), `NULL` for null, DateTime as `'o'` (`2025-01-05T09:30:00.0000000`),
 *   bool as `'True'`/`'False'` (Convert.ToString); without sensitive logging the value is `'?'`.
 * - ` (Nullable = true)` when the parameter is nullable and the value is not null;
 *   ` (Nullable = false)` when it is not nullable and the value is null (sensitive logging only).
 *   SaveChanges parameters (nullable set) follow EF Core 10 as observed: see formatParameter.
 * - ` (Size = n)` when Size ≠ 0: SqliteParameter.Size defaults to the string's length, so every
 *   non-null string shows it (baseline: `@city='London' (Size = 6)`), even as `'?'`.
 * - ` (DbType = X)` only when DbType does not match the CLR type: never for int/double/bool/string
 *   with a value, always for DateTime (its SQLite DbType is DateTime, not DateTime2), and without
 *   a value whenever DbType ≠ String (`@id='?' (DbType = Int32)`).
 */
import type { PropertyType } from './modelTypes.ts';
import { formatDbDateTime, parseDbDateTime, toDbValue, type DbValue } from './sqlValue.ts';

/** One parameter of a command. `value` is the CLR-ish value (datetime as DB text, bool as boolean). */
export interface SqlParameter {
  /** Without the `@`, e.g. `id`, `p0`. */
  name: string;
  value: string | number | boolean | null;
  type: PropertyType;
  /** Explicit size (a string property's max length); default: the string's length. */
  size?: number;
  /** DbParameter.IsNullable: the update pipeline sets it from the property; queries leave it false. */
  nullable?: boolean;
}

/** Builds a parameter from a snippet value (Date → DB text; numbers, strings, booleans as they are). */
export function makeParameter(
  name: string,
  value: unknown,
  type: PropertyType,
  options: { size?: number; nullable?: boolean } = {},
): SqlParameter {
  let v: SqlParameter['value'];
  if (value === null || value === undefined) v = null;
  else if (type === 'bool') v = Boolean(value);
  else v = toDbValue(value, type);
  const p: SqlParameter = { name, value: v, type };
  if (options.size !== undefined) p.size = options.size;
  if (options.nullable !== undefined) p.nullable = options.nullable;
  return p;
}

/** The value sql.js binds: booleans become 0/1 (SQLite has no boolean type). */
export function bindValue(p: SqlParameter): DbValue {
  if (typeof p.value === 'boolean') return p.value ? 1 : 0;
  return p.value;
}

const DB_TYPES: Record<PropertyType, string> = {
  int: 'Int32',
  string: 'String',
  double: 'Double',
  bool: 'Boolean',
  datetime: 'DateTime',
};

function formatValue(p: SqlParameter): string {
  if (p.value === null) return 'NULL';
  if (typeof p.value === 'boolean') return p.value ? "'True'" : "'False'";
  if (p.type === 'datetime' && typeof p.value === 'string') {
    const d = parseDbDateTime(p.value);
    if (d) {
      // DateTime.ToString("o"): 7 fraction digits, no zone for an unspecified Kind.
      const text = formatDbDateTime(d).replace(' ', 'T');
      const [whole, frac = ''] = text.split('.');
      return `'${whole}.${frac.padEnd(7, '0')}'`;
    }
  }
  return `'${String(p.value)}'`;
}

/** One parameter as EF Core logs it: `@name='Alice' (Size = 5)`, or `@id='?' (DbType = Int32)`. */
export function formatParameter(p: SqlParameter, sensitive: boolean): string {
  const nullable = p.nullable ?? false;
  const valueIsNull = sensitive && p.value === null;
  let out = `@${p.name}=` + (sensitive ? formatValue(p) : "'?'");
  if (p.nullable !== undefined) {
    // Update pipeline (real EF Core 10, scenarios s-nullable-params, s-save-sync): the test runs on
    // the logged value — `'?'`, a string, without sensitive logging, so no flag then — and
    // IsNullableType(clrType) is true for reference types: a string value in a required column
    // shows (Nullable = false), a value-type value in a nullable column (Nullable = true).
    const isReference = p.type === 'string';
    if (sensitive && nullable && !valueIsNull && !isReference) out += ' (Nullable = true)';
    else if (sensitive && !nullable && (valueIsNull || isReference)) out += ' (Nullable = false)';
  } else if (nullable && !valueIsNull) out += ' (Nullable = true)';
  else if (!nullable && sensitive && valueIsNull) out += ' (Nullable = false)';
  const size = p.size ?? (typeof p.value === 'string' && p.type === 'string' ? p.value.length : 0);
  if (size !== 0) out += ` (Size = ${size})`;
  const dbType = DB_TYPES[p.type];
  // ShouldShowDbType: without a value (or a null one) any DbType but String shows; with a value
  // only a DbType that differs from the CLR type shows — of ours, only DateTime.
  const showDbType = !sensitive || valueIsNull ? dbType !== 'String' : p.type === 'datetime';
  if (showDbType) out += ` (DbType = ${dbType})`;
  return out;
}

/** The `[Parameters=[…]]` list: entries joined with `, `. */
export function formatParameters(params: readonly SqlParameter[], sensitive: boolean): string {
  return params.map((p) => formatParameter(p, sensitive)).join(', ');
}
