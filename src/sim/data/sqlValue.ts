/**
 * Conversions between snippet values and SQLite storage, following EF Core's SQLite type mappings:
 * int → INTEGER, double → REAL, bool → INTEGER 0/1, string → TEXT, DateTime → TEXT in
 * `yyyy-MM-dd HH:mm:ss.FFFFFFF` (SqliteDateTimeTypeMapping; trailing zero fractions dropped).
 *
 * DateTimes are `Date` objects on the JavaScript side and are read/written with UTC getters, so
 * the stored text never depends on the host's time zone (replay must be exact).
 */
import type { PropertyType } from './modelTypes.ts';

/** What sql.js binds and returns for our column types. */
export type DbValue = string | number | null;

/** `Date` → EF Core's SQLite DateTime text, e.g. `2025-01-05 09:30:00` or `2025-01-05 09:30:00.25`. */
export function formatDbDateTime(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const base =
    `${p(date.getUTCFullYear(), 4)}-${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())} ` +
    `${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())}`;
  const ms = date.getUTCMilliseconds();
  // FFFFFFF: fraction digits without trailing zeros, and no dot at all when the fraction is zero.
  return ms === 0 ? base : `${base}.${p(ms, 3).replace(/0+$/, '')}`;
}

const DB_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/** EF Core's SQLite DateTime text → `Date` (UTC). Returns null for text that is not a DateTime. */
export function parseDbDateTime(text: string): Date | null {
  const m = DB_DATETIME.exec(text);
  if (!m) return null;
  const ms = m[7] ? Math.floor(Number(m[7].padEnd(7, '0')) / 10_000) : 0;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], ms));
}

/** A snippet value → the value SQLite stores for a property of `type`. */
export function toDbValue(value: unknown, type: PropertyType): DbValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'bool':
      return value ? 1 : 0;
    case 'int':
    case 'double':
      return typeof value === 'number' ? value : Number(value);
    case 'datetime': {
      if (value instanceof Date) return formatDbDateTime(value);
      if (typeof value === 'string') {
        if (DB_DATETIME.test(value)) return value.replace('T', ' ');
        // An ISO string with a zone (`…Z`): parse it (deterministic for ISO input) and store UTC.
        const parsed = new Date(value);
        return Number.isNaN(parsed.getTime()) ? value : formatDbDateTime(parsed);
      }
      return String(value);
    }
    case 'string':
      return typeof value === 'string' ? value : String(value);
  }
}

/** A value read from SQLite → the snippet value for a property of `type` (0/1 → boolean, text → Date). */
export function fromDbValue(value: unknown, type: PropertyType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'bool':
      return value !== 0 && value !== '0';
    case 'int':
    case 'double':
      return typeof value === 'number' ? value : Number(value);
    case 'datetime':
      return typeof value === 'string' ? (parseDbDateTime(value) ?? value) : value;
    case 'string':
      return typeof value === 'string' ? value : String(value);
  }
}

/** The PropertyType a runtime value most likely has (used when a captured value meets no column). */
export function inferType(value: unknown): PropertyType {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (value instanceof Date) return 'datetime';
  return 'string';
}
