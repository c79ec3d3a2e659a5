// Issue 10, "what the screen says agrees with the run and with EF Core", in real Chromium against
// the production build. Screenshots of every lesson file after a run, at 1280×800:
// reports/screens/trust/<lesson>--<file>.png.
import { mkdirSync } from 'node:fs';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { expectLanesFit } from './laneFit.ts';
import { lessonFiles, Playground, shareHash } from './playground.ts';

const FILES = lessonFiles();
const SHOTS = 'reports/screens/trust'; // reports/: Playwright empties test-results/ at every run

/** Opens `code` in `lesson` through a share link (the editor shows it; nothing runs yet). */
async function openCode(page: Page, lesson: string, code: string) {
  await page.goto(`/${shareHash(lesson, code)}`);
  await expect(page.locator('html')).toHaveAttribute('data-editor-ready', 'true', { timeout: 240_000 });
  // A link opened in the same page arrives by hashchange, just after the navigation.
  await expect.poll(() => page.evaluate(() => window.__playground!.code())).toBe(code);
}

/**
 * Runs, then shows the run's end at once (Skip to result puts the playhead at the end, as the
 * replay would arrive there: these tests check what the end shows, not the playback).
 */
async function runToEnd(page: Page) {
  await new Playground(page, test.info()).runToResult();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
}

// 1. Monaco's own TypeScript check marks nothing on any lesson file. Before the fix, files with
// `await using` read "Cannot find global type 'AsyncDisposable'" on a slow first load (the TS
// worker read its libraries through a fallback) and lesson 13's fix read "Property 'Version' does
// not exist on type 'Order'" (the lesson's model additions came after the first validation).
// Node checks every file with the runner's compile step (src/runner/typeCheck.test.ts); the
// browser checks what only Monaco shows: a first visit on a slow CPU for the files that hit both
// bugs, then every file in one page (a learner moving between lessons), each run and photographed.

/** Opens `code` in `lesson` as a first visit in a fresh context with the CPU throttled 6×; its markers. */
async function firstVisitMarkers(browser: Browser, lesson: string, file: string) {
  const { code } = FILES.find((f) => f.lesson === lesson && f.file === file)!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await openCode(page, lesson, code);
    return await page.evaluate(() => window.__playground!.markers());
  } finally {
    await context.close();
  }
}

/** Errors and warnings; a faded hint ("declared but never read" on lesson 3's unawaited task) is no error. */
const errorsOf = (markers: { severity: string }[] | null) =>
  markers?.filter((m) => m.severity === 'error' || m.severity === 'warning');

test("first visit on a CPU throttled 6×: no error marker on `await using` with lesson 13's Order.Version, nor on a starter", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // Both historical bugs in one file: `await using` and the lesson's model addition.
  const fix = FILES.find(
    (f) => f.lesson === '13-across-contexts' && f.file === 'solution-concurrency-token',
  )!;
  expect(fix.code).toContain('await using');
  expect(fix.code).toContain('.Version');
  expect(errorsOf(await firstVisitMarkers(browser, fix.lesson, fix.file))).toEqual([]);
  // A starter, as a learner's very first screen, also with `await using`.
  const starter = FILES.find((f) => f.lesson === '15-blazor-server' && f.file === 'starter')!;
  expect(starter.code).toContain('await using');
  expect(errorsOf(await firstVisitMarkers(browser, starter.lesson, starter.file))).toEqual([]);
});

test('every lesson file, one after another in one page: no error marker, every lane fits at 1280×800; screenshot after a run', async ({
  page,
}, info) => {
  test.setTimeout(600_000);
  mkdirSync(SHOTS, { recursive: true });
  const app = new Playground(page, info);
  let lanes = 0;
  for (const { lesson, file, code } of FILES) {
    await openCode(page, lesson, code);
    expect
      .soft(errorsOf(await page.evaluate(() => window.__playground!.markers())), `${lesson}/${file}`)
      .toEqual([]);
    // Opened from a link: the learner closes the note about it (a lesson picked from the list has none).
    const notice = page.locator('.notice button');
    if (await notice.count()) await notice.first().click();
    await expect(page.locator('.notice')).toHaveCount(0);
    await app.runToResult();
    lanes += await expectLanesFit(page, `${lesson}/${file}`);
    await page.screenshot({ path: `${SHOTS}/${lesson}--${file}.png` });
  }
  expect(lanes).toBeGreaterThan(40);
  // The probe is live in this page: a typo after all those files is still marked.
  await openCode(page, '14-playground', 'const all = await db.Custmers.ToListAsync();\n');
  expect(errorsOf(await page.evaluate(() => window.__playground!.markers()))).toContainEqual(
    expect.objectContaining({ owner: 'typescript', severity: 'error', line: 1 }),
  );
});

test.describe('one verdict, everywhere a run is summarised', () => {
  test('lesson 12: requests answered 500, so the run is not "completed cleanly"', async ({ page }) => {
    const lesson = FILES.find((f) => f.lesson === '12-singleton-context' && f.file === 'starter')!;
    await openCode(page, lesson.lesson, lesson.code);
    await runToEnd(page);
    const exception = page.getByTestId('exception');
    await expect(exception).toBeVisible();
    await expect(exception.getByTestId('run-verdict')).toHaveText('2 of 3 requests answered 500.');
    await expect(exception).not.toContainText('completed cleanly');
    await expect(exception).toContainText('Request #');
    await expect(page.getByTestId('current-event')).toContainText('Run ended: 2 of 3 requests answered 500.');
    await expect(
      page.locator('[data-testid=lesson-link][data-lesson="12-singleton-context"]'),
    ).toHaveAttribute('data-last-run', 'requests-failed');
  });

  test('lesson 9: the collision out of sight is a failure', async ({ page }) => {
    const lesson = FILES.find((f) => f.lesson === '09-overlapping-retries' && f.file === 'starter')!;
    await openCode(page, lesson.lesson, lesson.code);
    await runToEnd(page);
    const verdict = page.getByTestId('exception').getByTestId('run-verdict');
    await expect(verdict).toContainText('not cleanly');
    await expect(verdict).toContainText('InvalidOperationException at line 8');
    await expect(page.getByTestId('current-event')).toContainText('not cleanly');
  });

  test('lesson 2: the broken starter ticks no "compare" goal', async ({ page }) => {
    const lesson = FILES.find((f) => f.lesson === '02-parallel-dashboard' && f.file === 'starter')!;
    await openCode(page, lesson.lesson, lesson.code);
    await runToEnd(page);
    await expect(page.getByTestId('goals-optional').locator('[data-testid=goal]')).toHaveCount(3);
    await expect(page.getByTestId('goals-optional').locator('[data-met=true]')).toHaveCount(0);
  });
});

test('lesson 8: the stream holds the context only during each MoveNextAsync', async ({ page }) => {
  const lesson = FILES.find((f) => f.lesson === '08-streaming' && f.file === 'starter')!;
  await openCode(page, lesson.lesson, lesson.code);
  await runToEnd(page);
  const stream = page.locator('[data-testid=timeline-op][data-held]');
  await expect(stream).toHaveCount(1);
  await expect(stream).toHaveAttribute('data-held', '0-30 60-63 93-96 126-129 159-162 192-195');
  await expect(stream.getByTestId('timeline-held')).toHaveCount(6);
  await expect(page.getByTestId('what-happened')).toContainText('only while MoveNextAsync fetches rows');
  await expect(page.getByTestId('what-happened')).not.toContainText('kept the context until 195');
  await page.screenshot({ path: `${SHOTS}/stream-lesson-08.png` });
});

test('lesson 11: with sensitive data logging off, "What happened" names no key value', async ({ page }) => {
  const lesson = FILES.find((f) => f.lesson === '11-sensitive-data-logging' && f.file === 'starter')!;
  await openCode(page, lesson.lesson, lesson.code);
  await runToEnd(page);
  const story = page.getByTestId('what-happened');
  await expect(story).toContainText("{'Id'}");
  await expect(story).not.toContainText('14');
});

test('the change tracker panel reads like DebugView; a disposed context keeps nothing', async ({ page }) => {
  const code = [
    'const mine = factory.CreateDbContext();',
    'await mine.Users.FindAsync(3);',
    '{',
    '  await using other = factory.CreateDbContext();',
    '  await other.Users.FindAsync(2);',
    '}',
  ].join('\n');
  await openCode(page, '14-playground', code);
  await runToEnd(page);
  await page.getByRole('tab', { name: /Change tracker/ }).click();
  const panel = page.getByTestId('change-tracker');
  await expect(panel).toContainText("LastLogin: '1/3/2025 9:15:00 AM'");
  await expect(panel).not.toContainText('GMT');
  await expect(panel).toContainText("User {Id: 3} Unchanged  Id: 3 PK  Name: 'Carol'");
  const other = panel.locator('section.ct-context', { hasText: 'disposed' });
  await expect(other).toHaveCount(1);
  await expect(other).toContainText('disposed');
  await expect(other).not.toContainText('User {Id: 2}');
  await page.screenshot({ path: `${SHOTS}/change-tracker.png` });
});

test('the change tracker panel shows navigations: Customer.Orders and each Order.Customer, compactly', async ({
  page,
}) => {
  await openCode(
    page,
    '14-playground',
    [
      // A context of its own, not disposed at the end (the lesson's `db` is, with its request scope).
      'const mine = factory.CreateDbContext();',
      'await mine.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);',
      'await mine.Orders.FirstAsync(o => o.CustomerId != 1);',
    ].join('\n'),
  );
  await runToEnd(page);
  await page.getByRole('tab', { name: /Change tracker/ }).click();
  const panel = page.getByTestId('change-tracker');
  const customer = panel.locator('.ct-entry', { hasText: 'Customer {Id: 1}' });
  await expect(customer.getByTestId('ct-navigation')).toHaveText(
    /^\s*Orders: \[\{Id: \d+\}(, \{Id: \d+\})*( … \d+ more)?\]$/,
  );
  const first = panel.locator('.ct-entry', { hasText: /^Order \{Id: \d+\}/ }).first();
  await expect(first.getByTestId('ct-navigation')).toHaveText(/Customer: \{Id: \d+\}/);
  await expect(first).toContainText('FK');
  // The order loaded on its own has no customer loaded: its reference is <null>.
  await expect(panel.getByTestId('ct-navigation').filter({ hasText: 'Customer: <null>' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/change-tracker-navigations.png` });
});

test.describe('a snippet compiles before it runs', () => {
  test('a typo stops the run on its line, before anything runs', async ({ page }) => {
    await openCode(
      page,
      '14-playground',
      "console.log('start');\nconst all = await db.Custmers.ToListAsync();\n",
    );
    await runToEnd(page);
    const exception = page.getByTestId('exception');
    await expect(exception).toContainText('does not compile');
    await expect(exception).toContainText("Property 'Custmers' does not exist on type 'AppDb'");
    await expect(exception).not.toContainText('TypeError');
    const markers = await page.evaluate(() => window.__playground!.markers());
    expect(markers).toContainEqual(expect.objectContaining({ owner: 'run', severity: 'error', line: 2 }));
    expect(await page.evaluate(() => window.__playground!.runOutline()?.ops)).toEqual([]);
  });

  test('a null dereference is a NullReferenceException; other JavaScript errors say so', async ({ page }) => {
    await openCode(
      page,
      '14-playground',
      'const c = await db.Customers.FirstOrDefaultAsync(c => c.Id == 999);\nconsole.log(c.Name);\n',
    );
    await runToEnd(page);
    const exception = page.getByTestId('exception');
    await expect(exception).toContainText('System.NullReferenceException');
    await expect(exception).toContainText('Object reference not set to an instance of an object.');
    await openCode(page, '14-playground', 'const n: number[] = [];\nn.length = -1;\n');
    await runToEnd(page);
    await expect(exception).toContainText('JavaScript RangeError');
  });
});
