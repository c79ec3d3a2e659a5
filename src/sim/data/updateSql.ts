/**
 * SaveChanges commands, shaped as EF Core 7+ generates them for SQLite (SqliteUpdateSqlGenerator,
 * RETURNING; baselines in test/EFCore.Sqlite.FunctionalTests/Update/NonSharedModelUpdatesSqliteTest.cs):
 *
 *   INSERT INTO "AuditLog" ("At", "Message")      UPDATE "Book" SET "AuthorId" = @p3      DELETE FROM "Author"
 *   VALUES (@p0, @p1)                              WHERE "Id" = @p4                        WHERE "Id" = @p0
 *   RETURNING "Id";                                RETURNING 1;                            RETURNING 1;
 *
 * - SQLite sends one command per entity, each its own batch: parameters are numbered from `@p0`
 *   in every command (real EF Core 10; `paramStart` exists for multi-command batches).
 * - The command text ends with a newline (the generator appends each statement with AppendLine).
 * - Names follow the order they appear in the SQL (SET first, then the key, then concurrency
 *   tokens), but the DbCommand — hence the log — lists them in column order, key first:
 *   `@p4='1', @p3='2'` for the UPDATE above.
 * - An INSERT that reads nothing back (no store-generated key, or an explicit key value) has no
 *   RETURNING clause and ends with `VALUES (…);`.
 * - Parameters carry the property's nullability (`(Nullable = true)` in the log for a nullable
 *   column with a value).
 */
import { canonicalProperties } from './defineModel.ts';
import type { EntityTypeDef, PropertyDef } from './modelTypes.ts';
import { keyOf } from './modelTypes.ts';
import { quoteIdentifier } from './schema.ts';
import { makeParameter, type SqlParameter } from './sqlParameter.ts';

/** A SaveChanges command. */
export interface UpdateCommand {
  sql: string;
  /** In log (DbCommand) order. */
  params: SqlParameter[];
  /** The next free parameter number for the following command of the same SaveChanges. */
  nextParam: number;
  /** The command returns the generated key (`RETURNING "Id"`). */
  returnsKey: boolean;
}

/** Numbers parameters in SQL order while remembering which column modification each belongs to. */
class Numbering {
  private next: number;
  readonly entries: { order: number; param: SqlParameter }[] = [];
  constructor(start: number) {
    this.next = start;
  }
  /** `order` = position in EF's column-modification list (the log order). */
  add(order: number, prop: PropertyDef, value: unknown): string {
    const param = makeParameter(`p${this.next++}`, value, prop.type, {
      nullable: prop.nullable,
      size: prop.maxLength,
    });
    this.entries.push({ order, param });
    return `@${param.name}`;
  }
  finish(): { params: SqlParameter[]; nextParam: number } {
    const params = [...this.entries].sort((a, b) => a.order - b.order).map((e) => e.param);
    return { params, nextParam: this.next };
  }
}

/**
 * INSERT for an Added entity. A store-generated key is left to the database (and read back with
 * RETURNING) unless `includeKey` — by default: when the key holds a positive value, i.e. one the
 * snippet set explicitly (EF Core treats 0 as unset and negative values as temporary).
 */
export function buildInsert(
  entityType: EntityTypeDef,
  values: Record<string, unknown>,
  paramStart = 0,
  options: { includeKey?: boolean } = {},
): UpdateCommand {
  const key = keyOf(entityType);
  const keyValue = values[key.name];
  const includeKey =
    !key.storeGenerated || (options.includeKey ?? (typeof keyValue === 'number' && keyValue > 0));
  const props = canonicalProperties(entityType).filter((p) => !p.isKey || includeKey);
  const numbering = new Numbering(paramStart);
  const names = props.map((p, i) => numbering.add(i, p, values[p.name]));
  const returnsKey = !includeKey;
  const table = quoteIdentifier(entityType.table);
  const columns = props.map((p) => quoteIdentifier(p.name)).join(', ');
  let sql =
    props.length > 0
      ? `INSERT INTO ${table} (${columns})\nVALUES (${names.join(', ')})`
      : `INSERT INTO ${table}\nDEFAULT VALUES`;
  sql += returnsKey ? `\nRETURNING ${quoteIdentifier(key.name)};\n` : ';\n';
  return { sql, ...numbering.finish(), returnsKey };
}

/** Original values of concurrency tokens: one value when the type has a single token, or a record by name. */
export type TokenOriginals = unknown;

function tokenOriginal(prop: PropertyDef, originals: TokenOriginals, tokenCount: number): unknown {
  const isRecord = typeof originals === 'object' && originals !== null && !(originals instanceof Date);
  if (isRecord) return (originals as Record<string, unknown>)[prop.name];
  return tokenCount === 1 ? originals : undefined;
}

/** `WHERE "Id" = @pK AND "Version" = @pV` (a null original token compares with IS NULL). */
function whereClause(
  entityType: EntityTypeDef,
  keyValue: unknown,
  originals: TokenOriginals,
  numbering: Numbering,
  order: (p: PropertyDef) => number,
): string {
  const key = keyOf(entityType);
  const conditions = [`${quoteIdentifier(key.name)} = ${numbering.add(order(key), key, keyValue)}`];
  const tokens = canonicalProperties(entityType).filter((p) => p.isConcurrencyToken && !p.isKey);
  if (originals !== undefined) {
    for (const t of tokens) {
      const original = tokenOriginal(t, originals, tokens.length);
      conditions.push(
        original === null
          ? `${quoteIdentifier(t.name)} IS NULL`
          : `${quoteIdentifier(t.name)} = ${numbering.add(order(t) + 0.5, t, original)}`,
      );
    }
  }
  return `WHERE ${conditions.join(' AND ')}`;
}

/**
 * UPDATE of the `changed` properties of a Modified entity. With `concurrencyTokenOriginal`
 * (the token's original value, or a record by token name) the row must still hold it: if it
 * doesn't, RETURNING yields no row — EF Core's DbUpdateConcurrencyException.
 */
export function buildUpdate(
  entityType: EntityTypeDef,
  keyValue: unknown,
  changed: readonly string[],
  values: Record<string, unknown>,
  paramStart = 0,
  concurrencyTokenOriginal?: TokenOriginals,
): UpdateCommand {
  const ordered = canonicalProperties(entityType);
  const order = (p: PropertyDef) => ordered.indexOf(p);
  const set = ordered.filter((p) => !p.isKey && changed.includes(p.name));
  if (set.length === 0) throw new Error(`No modified properties to update for '${entityType.name}'`);
  const numbering = new Numbering(paramStart);
  const assignments = set.map(
    (p) => `${quoteIdentifier(p.name)} = ${numbering.add(order(p), p, values[p.name])}`,
  );
  const where = whereClause(entityType, keyValue, concurrencyTokenOriginal, numbering, order);
  const sql = `UPDATE ${quoteIdentifier(entityType.table)} SET ${assignments.join(', ')}\n${where}\nRETURNING 1;\n`;
  return { sql, ...numbering.finish(), returnsKey: false };
}

/** DELETE of a Deleted entity, checking concurrency tokens when their originals are given. */
export function buildDelete(
  entityType: EntityTypeDef,
  keyValue: unknown,
  paramStart = 0,
  concurrencyTokenOriginal?: TokenOriginals,
): UpdateCommand {
  const ordered = canonicalProperties(entityType);
  const numbering = new Numbering(paramStart);
  const where = whereClause(entityType, keyValue, concurrencyTokenOriginal, numbering, (p) =>
    ordered.indexOf(p),
  );
  const sql = `DELETE FROM ${quoteIdentifier(entityType.table)}\n${where}\nRETURNING 1;\n`;
  return { sql, ...numbering.finish(), returnsKey: false };
}
