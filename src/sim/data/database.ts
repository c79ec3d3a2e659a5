/**
 * The run's database: real SQLite (sql.js). The schema and seed are built once per (sql.js, model)
 * into an image (`db.export()`); every run opens a fresh copy of that image, which costs a memcpy
 * instead of DDL + 460 INSERTs.
 *
 * Memory discipline: sql.js statements live in the WebAssembly heap and are never garbage
 * collected, so every prepared statement is freed in a `finally`, and `close()` frees anything
 * left plus the database itself. {@link liveStatementCount} lets tests prove memory stays flat.
 */
import type { BindParams, Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';
import type { ModelDef } from './modelTypes.ts';
import { createSchemaSql, quoteIdentifier } from './schema.ts';
import { bindValue, type SqlParameter } from './sqlParameter.ts';
import { toDbValue } from './sqlValue.ts';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

export interface ExecuteResult {
  /** sqlite3_changes(): rows inserted, updated or deleted by the statement. */
  rowsAffected: number;
  /** Rows produced by a RETURNING clause (`RETURNING "Id"` / `RETURNING 1`), else empty. */
  returned: unknown[][];
}

/** One run's database. Not thread-safe, like the connection it stands for. */
export interface SimDatabase {
  /** Runs a SELECT (or anything returning rows) with named parameters (`@name`). */
  query(sql: string, params?: readonly SqlParameter[]): QueryResult;
  /** Runs INSERT/UPDATE/DELETE (optionally with RETURNING) and reports the affected row count. */
  execute(sql: string, params?: readonly SqlParameter[]): ExecuteResult;
  /** Frees the database; further calls throw. Idempotent. */
  close(): void;
  readonly closed: boolean;
}

/** A model's schema + seed, built once, opened per run. */
export interface DatabaseTemplate {
  readonly model: ModelDef;
  /** The SQLite file image; treat as read-only. */
  readonly image: Uint8Array;
  /** A fresh, independent database from the image. */
  open(): SimDatabase;
}

let liveStatements = 0;

/**
 * Statements that reach the file system of sql.js, which every run of a worker (or thread)
 * shares: `ATTACH 'file'` creates or opens a file another run could attach, `VACUUM INTO 'file'`
 * writes one. A run's database is its own, in memory; these are refused the way an SQLite
 * authorizer refuses a statement ("not authorized", SQLITE_AUTH).
 */
const FILE_STATEMENT =
  /^(?:\s|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(?:EXPLAIN\s+(?:QUERY\s+PLAN\s+)?)?(?:ATTACH|VACUUM)\b/i;

function refuseFileAccess(sql: string): void {
  if (FILE_STATEMENT.test(sql)) throw new Error('not authorized');
}

/** Statements prepared and not yet freed, across all databases (should be 0 between commands). */
export function liveStatementCount(): number {
  return liveStatements;
}

function toBindParams(params: readonly SqlParameter[]): BindParams {
  const bound: Record<string, SqlValue> = {};
  for (const p of params) bound[`@${p.name}`] = bindValue(p);
  return bound;
}

/** Prepares, binds, runs `body`, and always frees the statement. */
function withStatement<T>(
  db: Database,
  sql: string,
  params: readonly SqlParameter[],
  body: (stmt: Statement) => T,
): T {
  const stmt = db.prepare(sql);
  liveStatements++;
  try {
    if (params.length > 0) stmt.bind(toBindParams(params));
    return body(stmt);
  } finally {
    stmt.free();
    liveStatements--;
  }
}

function readAll(stmt: Statement): unknown[][] {
  const rows: unknown[][] = [];
  while (stmt.step()) rows.push(stmt.get());
  return rows;
}

/**
 * Column names by SQL text, per template (one schema): the same SELECT always has the same
 * columns, and asking SQLite for them costs a WebAssembly call and a string decode per column on
 * every run of a batch.
 */
type ColumnCache = Map<string, string[]>;
const COLUMN_CACHE_SIZE = 512;

function columnsOf(cache: ColumnCache, stmt: Statement, sql: string): string[] {
  let columns = cache.get(sql);
  if (!columns) {
    if (cache.size >= COLUMN_CACHE_SIZE) cache.clear();
    columns = stmt.getColumnNames();
    cache.set(sql, columns);
  }
  return columns;
}

function wrap(db: Database, columnCache: ColumnCache): SimDatabase {
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new Error('The database of this run is closed.');
  };
  return {
    query(sql, params = []) {
      ensureOpen();
      refuseFileAccess(sql);
      return withStatement(db, sql, params, (stmt) => {
        const rows = readAll(stmt);
        // Callers only read the columns: one shared array per SQL text is safe.
        return { columns: columnsOf(columnCache, stmt, sql), rows };
      });
    },
    execute(sql, params = []) {
      ensureOpen();
      refuseFileAccess(sql);
      return withStatement(db, sql, params, (stmt) => {
        // With RETURNING, SQLite changes rows as it steps: read to the end before counting.
        const returned = readAll(stmt);
        return { rowsAffected: db.getRowsModified(), returned };
      });
    },
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
    get closed() {
      return closed;
    },
  };
}

function insertSeed(db: Database, model: ModelDef): void {
  for (const entityType of model.entityTypes) {
    const rows = model.seed[entityType.name] ?? [];
    if (rows.length === 0) continue;
    const props = entityType.properties;
    const sql =
      `INSERT INTO ${quoteIdentifier(entityType.table)} (${props.map((p) => quoteIdentifier(p.name)).join(', ')}) ` +
      `VALUES (${props.map(() => '?').join(', ')})`;
    const stmt = db.prepare(sql);
    liveStatements++;
    try {
      for (const row of rows) {
        stmt.run(props.map((p) => toDbValue(row[p.name], p.type)));
      }
    } finally {
      stmt.free();
      liveStatements--;
    }
  }
}

/** Builds schema + seed in a scratch database and returns its image. */
function buildImage(SQL: SqlJsStatic, model: ModelDef): Uint8Array {
  const db = new SQL.Database();
  try {
    db.run('BEGIN');
    for (const ddl of createSchemaSql(model)) db.run(ddl);
    insertSeed(db, model);
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

/**
 * A run's database is the only connection to its file, so it keeps the lock SQLite takes at its
 * first read (EXCLUSIVE locking mode): every later statement skips releasing and re-taking the
 * lock and checking for a hot journal, file-system calls into sql.js's MEMFS that were a quarter
 * of a short SELECT's time. Nothing a run's SQL can observe changes (no other connection exists).
 */
function openExclusive(SQL: SqlJsStatic, image: Uint8Array): Database {
  const db = new SQL.Database(image);
  db.run('PRAGMA locking_mode = EXCLUSIVE');
  return db;
}

const templates = new WeakMap<SqlJsStatic, WeakMap<ModelDef, DatabaseTemplate>>();

/**
 * The template for `model`, built on first use and cached per (sql.js instance, model object),
 * so repeated runs reuse the image. A changed model must be a new object to be rebuilt.
 */
export function createDatabaseTemplate(SQL: SqlJsStatic, model: ModelDef): DatabaseTemplate {
  let perModel = templates.get(SQL);
  if (!perModel) {
    perModel = new WeakMap();
    templates.set(SQL, perModel);
  }
  const cached = perModel.get(model);
  if (cached) return cached;
  const image = buildImage(SQL, model);
  const columnCache: ColumnCache = new Map();
  const template: DatabaseTemplate = {
    model,
    image,
    open: () => wrap(openExclusive(SQL, image), columnCache),
  };
  perModel.set(model, template);
  return template;
}
