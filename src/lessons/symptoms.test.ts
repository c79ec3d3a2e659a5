import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLessonsFromDisk } from './loadFromDisk.ts';
import { compileSymptom, excerpt, findLessonsForSymptom } from './symptoms.ts';

const lessons = loadLessonsFromDisk(fs, fileURLToPath(new URL('../../lessons', import.meta.url)));
/** Lesson ids by slug, so a renumbering of the lessons does not break these tests. */
const slug = (id: string) => id.replace(/^\d\d-/, '');
const find = (text: string) => findLessonsForSymptom(text, lessons).map((m) => slug(m.lessonId));

// As they appear in real .NET logs (EF Core 10, SqlClient), wrapped and with stack frames.
const CONCURRENCY = `fail: Microsoft.EntityFrameworkCore.Query[10100]
System.InvalidOperationException: A second operation was started on this context instance before a previous operation completed. This is usually caused by different threads concurrently using the same instance of DbContext.
   at Microsoft.EntityFrameworkCore.Infrastructure.Internal.ConcurrencyDetector.EnterCriticalSection()`;
const IDENTITY = `System.InvalidOperationException: The instance of entity type 'Customer' cannot be tracked because another
instance with the same key value for {'Id'} is already being tracked. When attaching existing entities, ensure that only one entity instance with a given key value is attached. Consider using 'DbContextOptionsBuilder.EnableSensitiveDataLogging' to see the conflicting key values.
   at Microsoft.EntityFrameworkCore.DbContext.Update[TEntity](TEntity entity)`;
const DISPOSED = `System.ObjectDisposedException: Cannot access a disposed context instance. A common cause of this error is disposing a context instance that was resolved from dependency injection.
Object name: 'AppDbContext'.`;
const STALE = `Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database operation was expected to affect 1 row(s), but actually affected 0 row(s); data may have been modified or deleted since entities were loaded.`;
const DATA_READER = `System.InvalidOperationException: There is already an open DataReader associated with this Connection which must be closed first.
   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.ValidateConnectionForExecute(SqlCommand command)`;

describe('findLessonsForSymptom, on the shipped lessons', () => {
  it('finds the concurrency detector lessons, the basic rule first', () => {
    const found = find(CONCURRENCY);
    expect(found[0]).toBe('one-at-a-time');
    expect(found).toContain('missing-await');
    expect(found).toContain('parallel-dashboard');
    expect(found).not.toContain('identity-conflict');
  });

  it('ranks by the stack trace: Parallel.ForEachAsync and Task.WhenAll frames pick their lesson', () => {
    const foreach = `${CONCURRENCY}\n   at System.Threading.Tasks.Parallel.<>c__50\`1.<<ForEachAsync>b__50_0>d.MoveNext()`;
    expect(find(foreach)[0]).toBe('parallel-foreach');
    expect(find(`${CONCURRENCY}\n   at System.Threading.Tasks.Task.WhenAll(Task[] tasks)`)[0]).toBe(
      'parallel-dashboard',
    );
    // A clue alone is not a symptom.
    expect(find('at System.Threading.Tasks.Task.WhenAll(Task[] tasks)')).toEqual([]);
  });

  it('finds the identity conflict, then the lesson that names the key', () => {
    const found = find(IDENTITY);
    expect(found[0]).toBe('identity-conflict');
    expect(found).toContain('sensitive-data-logging');
    expect(found).not.toContain('one-at-a-time');
    expect(
      find(
        "cannot be tracked because another instance with the key value '{Id: 14}' is already being tracked",
      )[0],
    ).toBe('sensitive-data-logging');
  });

  it('finds the disposed context, the stale update and the look-alike from SQL Server', () => {
    expect(find(DISPOSED)[0]).toBe('fire-and-forget');
    expect(find(STALE)).toEqual(['across-contexts']);
    expect(find('DbUpdateConcurrencyException')).toEqual(['across-contexts']);
    expect(find(DATA_READER)).toEqual(['streaming']);
  });

  it('both exceptions at once point at the singleton context', () => {
    expect(find(`${CONCURRENCY}\n${IDENTITY}`)[0]).toBe('singleton-context');
  });

  it('matches nothing in an unrelated error or empty text', () => {
    expect(
      find('System.NullReferenceException: Object reference not set to an instance of an object.'),
    ).toEqual([]);
    expect(find('   ')).toEqual([]);
  });
});

describe('every exception a lesson quotes', () => {
  // The lessons quote the real messages in code blocks; pasting one must find a lesson (a new
  // exception needs `symptoms:` in its lesson's front matter), and its own if it declares any.
  const QUOTE = /^(?:(?:System|Microsoft)\.[\w.]+Exception: .+|There is already an open DataReader.+)$/gm;
  for (const lesson of lessons) {
    for (const [quote] of lesson.markdown.matchAll(QUOTE)) {
      it(`${lesson.id}: ${quote.slice(0, 70)}…`, () => {
        const found = findLessonsForSymptom(quote, lessons).map((m) => m.lessonId);
        expect(found, 'no lesson declares this message under symptoms:').not.toEqual([]);
        if (lesson.symptoms) expect(found).toContain(lesson.id);
      });
    }
  }
});

describe('compileSymptom', () => {
  it('ignores case and line wrapping, and lets … stand for a short stretch', () => {
    const re = compileSymptom('The instance of entity type … cannot be tracked');
    expect("the INSTANCE of entity\r\n type 'Order' cannot  be tracked").toMatch(re);
    expect(`The instance of entity type ${'x'.repeat(300)} cannot be tracked`).not.toMatch(
      compileSymptom('The instance of entity type … cannot be tracked'),
    );
    expect('a (b) [c] $d').toMatch(compileSymptom('a (b) [c] $d'));
  });
});

describe('excerpt', () => {
  it('shows only the lines that matched, with the matched part marked', () => {
    const text = 'line one\nfoo BAR baz\nline three\nqux';
    const lines = excerpt(text, [{ start: 13, end: 16 }]);
    expect(lines).toEqual([
      [
        { text: 'foo ', marked: false },
        { text: 'BAR', marked: true },
        { text: ' baz', marked: false },
      ],
    ]);
  });

  it('cuts a long line around its first mark and merges overlapping hits', () => {
    const text = `${'a'.repeat(500)}NEEDLE${'b'.repeat(500)}`;
    const [line] = excerpt(
      text,
      [
        { start: 500, end: 504 },
        { start: 502, end: 506 },
      ],
      100,
    );
    expect(line[0]).toEqual({ text: '…', marked: false });
    expect(line.filter((p) => p.marked)).toEqual([{ text: 'NEEDLE', marked: true }]);
    expect(line.map((p) => p.text).join('').length).toBeLessThanOrEqual(102);
  });
});
