import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseTemplate, liveStatementCount } from './database.ts';
import { defineModel } from './defineModel.ts';
import { defaultModel } from './model.ts';
import { makeParameter } from './sqlParameter.ts';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const count = (table: string) => {
  const db = createDatabaseTemplate(SQL, defaultModel).open();
  try {
    return db.query(`SELECT COUNT(*) FROM "${table}"`).rows[0][0];
  } finally {
    db.close();
  }
};

describe('createDatabaseTemplate', () => {
  it('builds schema and seed: 50/200/100/60/0/10 rows', () => {
    expect(['Customers', 'Orders', 'Invoices', 'Tickets', 'AuditLog', 'Users'].map(count)).toEqual([
      50, 200, 100, 60, 0, 10,
    ]);
  });

  it('stores the seed with EF Core SQLite types (bools 0/1, datetimes as text)', () => {
    const db = createDatabaseTemplate(SQL, defaultModel).open();
    try {
      expect(
        db.query('SELECT "CustomerId", COUNT(*) FROM "Orders" GROUP BY "CustomerId" HAVING COUNT(*) <> 4')
          .rows,
      ).toEqual([]);
      expect(db.query('SELECT DISTINCT "Status" FROM "Orders" ORDER BY 1').rows.flat()).toEqual([
        'Cancelled',
        'Pending',
        'Shipped',
      ]);
      expect(db.query('SELECT "IsOpen" FROM "Tickets" WHERE "Id" IN (1, 3) ORDER BY "Id"').rows).toEqual([
        [1],
        [0],
      ]);
      expect(db.query('SELECT "LastLogin" FROM "Users" WHERE "Id" IN (1, 4) ORDER BY "Id"').rows).toEqual([
        ['2025-01-01 09:05:00'],
        [null],
      ]);
      expect(db.query('SELECT typeof("Total") FROM "Orders" LIMIT 1').rows).toEqual([['real']]);
    } finally {
      db.close();
    }
  });

  it('is cached per (sql.js, model)', () => {
    expect(createDatabaseTemplate(SQL, defaultModel)).toBe(createDatabaseTemplate(SQL, defaultModel));
    const other = defineModel({ entities: [{ name: 'P', dbSet: 'Ps', properties: { Id: 'int' } }] });
    expect(createDatabaseTemplate(SQL, other)).not.toBe(createDatabaseTemplate(SQL, defaultModel));
  });

  it('opens isolated copies: a write in one run is not visible in the next', () => {
    const template = createDatabaseTemplate(SQL, defaultModel);
    const first = template.open();
    const r = first.execute('UPDATE "Customers" SET "Name" = @p0\nWHERE "Id" = @p1\nRETURNING 1;', [
      makeParameter('p0', 'Changed', 'string'),
      makeParameter('p1', 1, 'int'),
    ]);
    expect(r).toEqual({ rowsAffected: 1, returned: [[1]] });
    first.execute('DELETE FROM "Orders"');
    expect(first.query('SELECT "Name" FROM "Customers" WHERE "Id" = 1').rows).toEqual([['Changed']]);
    const second = template.open();
    expect(second.query('SELECT "Name" FROM "Customers" WHERE "Id" = 1').rows).toEqual([['Customer 1']]);
    expect(second.query('SELECT COUNT(*) FROM "Orders"').rows).toEqual([[200]]);
    first.close();
    second.close();
  });

  it('keeps its file lock (EXCLUSIVE locking mode), and transactions still roll back', () => {
    const db = createDatabaseTemplate(SQL, defaultModel).open();
    expect(db.query('PRAGMA locking_mode').rows).toEqual([['exclusive']]);
    db.execute('BEGIN');
    db.execute('DELETE FROM "Orders"');
    expect(db.query('SELECT COUNT(*) FROM "Orders"').rows).toEqual([[0]]);
    db.execute('ROLLBACK');
    expect(db.query('SELECT COUNT(*) FROM "Orders"').rows).toEqual([[200]]);
    db.close();
  });

  it('generates keys after the seeded ids (AUTOINCREMENT)', () => {
    const db = createDatabaseTemplate(SQL, defaultModel).open();
    const r = db.execute('INSERT INTO "Customers" ("Email", "Name")\nVALUES (@p0, @p1)\nRETURNING "Id";', [
      makeParameter('p0', 'new@example.com', 'string'),
      makeParameter('p1', 'New', 'string'),
    ]);
    expect(r).toEqual({ rowsAffected: 1, returned: [[51]] });
    db.close();
  });

  it('frees every statement, even when SQL fails, and keeps memory flat over 1000 runs', () => {
    const template = createDatabaseTemplate(SQL, defaultModel);
    const before = liveStatementCount();
    const heapAtStart = (() => {
      for (let i = 0; i < 50; i++) template.open().close();
      return process.memoryUsage().rss;
    })();
    for (let i = 0; i < 1000; i++) {
      const db = template.open();
      db.query('SELECT "Id", "Name" FROM "Customers" WHERE "Id" = @id', [
        makeParameter('id', (i % 50) + 1, 'int'),
      ]);
      db.execute('UPDATE "Orders" SET "Status" = @s WHERE "Id" = @id RETURNING 1;', [
        makeParameter('s', 'Shipped', 'string'),
        makeParameter('id', 1, 'int'),
      ]);
      expect(() => db.query('SELECT nope FROM "Customers"')).toThrow(/no such column/);
      db.close();
    }
    expect(liveStatementCount()).toBe(before);
    // The wasm heap does not shrink, but it must not grow by a database per run (~100 KB each).
    expect(process.memoryUsage().rss - heapAtStart).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses use after close and closes idempotently', () => {
    const db = createDatabaseTemplate(SQL, defaultModel).open();
    db.close();
    db.close();
    expect(db.closed).toBe(true);
    expect(() => db.query('SELECT 1')).toThrow(/closed/);
  });
});
