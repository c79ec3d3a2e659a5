// The learning flow (issue 13): hints one at a time, one URL per lesson with Back/Forward and
// "Next lesson", the labelled run-settings chip that closes like a popover should, the symptom
// finder on the lesson list, and a solution diff that skips comment-only edits.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse as parseYaml } from 'yaml';
import { LESSON_PATH } from '../src/lessons/path.ts';
import { Playground, shareHash, watchNetwork } from './playground.ts';

/** A lesson's folder by its slug, so renumbering the lessons does not break these tests. */
function lessonBySlug(slug: string): string {
  return readdirSync('lessons').find((d) => d.replace(/^\d\d-/, '') === slug)!;
}

const L03 = lessonBySlug('missing-await');
const L04 = lessonBySlug('sync-async-mix');
/** The lesson after L03 on the learning path ("Next lesson" follows the path, not the folder numbers). */
const AFTER_L03 = LESSON_PATH[LESSON_PATH.indexOf(L03) + 1];

/** A lesson's title, from its front matter. */
function titleOf(lesson: string): string {
  const md = readFileSync(`lessons/${lesson}/lesson.md`, 'utf8');
  return (parseYaml(/^---\n([\s\S]*?)\n---/.exec(md)![1]) as { title: string }).title;
}

/** The hints a lesson's front matter declares. */
function hintsOf(lesson: string): string[] {
  const md = readFileSync(`lessons/${lesson}/lesson.md`, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(md)![1];
  return (parseYaml(front) as { hints: string[] }).hints;
}

/** A hint's text as the page shows it (inline Markdown rendered: no backticks). */
const shownText = (hint: string) => hint.replace(/`/g, '');

test('hints are revealed one at a time, before the solution, and stay revealed', async ({ page }, info) => {
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  const hints = hintsOf(L03);
  expect(hints.length).toBeGreaterThanOrEqual(3);
  await app.open(`/#/lesson/${L03}`);
  await expect.poll(() => app.lessonId()).toBe(L03);

  const box = page.getByTestId('hints');
  const more = page.getByTestId('show-hint');
  await expect(box.getByTestId('hint')).toHaveCount(0);
  await expect(more).toHaveText(`Show a hint (1 of ${hints.length})`);
  await more.click();
  await expect(box.getByTestId('hint')).toHaveCount(1);
  await expect(box.getByTestId('hint').first()).toHaveText(shownText(hints[0]));
  await expect(more).toHaveText(`Show the next hint (2 of ${hints.length})`);
  await app.shot('flow-01-first-hint');

  // Kept in the lesson's progress: a reload shows the same one hint, another lesson none.
  await page.reload();
  await expect(box.getByTestId('hint')).toHaveCount(1);
  await app.pickLesson(L04);
  await expect(box.getByTestId('hint')).toHaveCount(0);
  await app.pickLesson(L03);
  await expect(box.getByTestId('hint')).toHaveCount(1);

  for (let i = 1; i < hints.length; i++) await more.click();
  await expect(box.getByTestId('hint')).toHaveText(hints.map(shownText));
  await expect(more).toHaveCount(0);
  expect(net.errors).toEqual([]);
});

test('one URL per lesson and file: Back and Forward move between lessons, Next lesson when the goals are met', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open(`/#/lesson/${L03}`);
  await expect.poll(() => app.lessonId()).toBe(L03);
  await expect(app.lesson(L03)).toHaveAttribute('aria-current', 'page');

  await app.pickLesson(L04);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L04}$`));
  await page.goBack();
  await expect.poll(() => app.lessonId()).toBe(L03);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L03}$`));
  await page.goForward();
  await expect.poll(() => app.lessonId()).toBe(L04);
  await page.goBack();
  await expect.poll(() => app.lessonId()).toBe(L03);

  // The file shown is in the URL too: a solution's diff, the C# twin.
  await app.editorReady();
  await page.getByTestId('solution-select').selectOption('solution-await');
  await expect(page.getByTestId('solution-diff')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L03}/solution-await$`));
  await page.reload();
  await expect(page.getByTestId('solution-diff')).toBeVisible();
  await page.getByTestId('cs-tab').click();
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L03}/solution-await\\.cs$`));
  await page.getByRole('tab', { name: /snippet\.ts/ }).click();

  // Solve it: the goals are met, the lesson is done, and the way on is offered.
  await expect(page.getByTestId('next-lesson')).toHaveCount(0);
  await page.getByTestId('apply-solution').click();
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L03}$`));
  await expect(page.getByTestId('symptom-callout')).toBeVisible();
  await app.run();
  await expect(page.getByTestId('symptom-callout')).toHaveCount(0);
  await expect(page.getByTestId('goals')).toHaveAttribute('data-all-met', 'true');
  await expect(app.lesson(L03)).toHaveAttribute('data-status', 'done');
  const next = page.getByTestId('next-lesson');
  expect(AFTER_L03).not.toBe(L04); // the path is not the folder order
  await expect(next).toContainText(titleOf(AFTER_L03));
  await expect(next).toContainText(`${String(LESSON_PATH.indexOf(AFTER_L03) + 1).padStart(2, '0')} `);
  await app.shot('flow-02-next-lesson');
  const text = page.locator('.lesson-scroll');
  await text.evaluate((el) => (el.scrollTop = 400));
  await expect.poll(() => text.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await next.click();
  await expect.poll(() => app.lessonId()).toBe(AFTER_L03);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${AFTER_L03}$`));
  await expect(page.locator('#lesson-title')).toContainText(titleOf(AFTER_L03));
  expect(await text.evaluate((el) => el.scrollTop)).toBe(0);
  // Progress is kept when moving on and back.
  await page.goBack();
  await expect.poll(() => app.lessonId()).toBe(L03);
  await expect(app.lesson(L03)).toHaveAttribute('data-status', 'done');
});

test('a share link still opens its snippet, and the lesson route takes over after', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  const code = '// shared\nconst n = await db.Orders.CountAsync();\nconsole.log(n);\n';
  await app.open(`/${shareHash(L04, code)}`);
  await expect.poll(() => app.lessonId()).toBe(L04);
  await expect.poll(() => app.code()).toBe(code);
  await app.pickLesson(L03);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L03}$`));
  await page.goBack();
  await expect.poll(() => app.lessonId()).toBe(L04);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L04}$`));

  // A broken link: its message, and the address bar shows the lesson still open.
  await page.goto(`/#v1/${'x'.repeat(60)}`);
  await expect(page.getByText('This share link is damaged')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/lesson/${L04}$`));
});

test('Promise.all reproduces the collision, and does not wait: the other failures go unobserved', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  const lesson = lessonBySlug('parallel-dashboard');
  const code = readFileSync(`lessons/${lesson}/solution-promise-all.ts`, 'utf8');
  expect(code).toContain('await Promise.all([');
  await app.open(`/${shareHash(lesson, code)}`);
  await expect.poll(() => app.code()).toBe(code);
  await app.runToResult();
  const verdict = page.getByTestId('exception').getByTestId('run-verdict');
  await expect(verdict).toContainText('InvalidOperationException at line 6');
  // Task.WhenAll would have waited for the others; Promise.all left them running, unobserved.
  await expect(verdict).toContainText('2 exceptions went unobserved');
});

test('the run settings chip names each setting and closes on Escape and on an outside click', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open(`/#/lesson/${L03}`);
  const chip = page.getByTestId('run-settings-menu');
  await expect(chip).toHaveText('Latency 30 ms · jitter 0 · seed 1');
  const latency = page.getByTestId('latency-input');

  await chip.click();
  await expect(latency).toBeVisible();
  await app.shot('flow-03-settings-open');
  await latency.fill('45');
  await page.keyboard.press('Escape');
  await expect(latency).toBeHidden();
  await expect(chip).toBeFocused();
  await expect(chip).toHaveText('Latency 45 ms · jitter 0 · seed 1');

  await chip.click();
  await expect(latency).toBeVisible();
  await page.locator('#lesson-title').click();
  await expect(latency).toBeHidden();
  await expect(chip).toBeFocused();

  // A click inside the popover leaves it open.
  await chip.click();
  await page.getByTestId('jitter-input').fill('5');
  await page.locator('.settings-note').click();
  await expect(latency).toBeVisible();
  await expect(chip).toHaveText('Latency 45 ms · jitter ±5 ms · seed 1');
});

test('a pasted exception or stack trace finds the lessons that explain it, with the match marked', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open(`/#/lesson/${L04}`);
  // A first visit offers the way in above the lesson; the lesson list's button is always there.
  await expect(page.getByTestId('symptom-callout')).toBeVisible();
  await app.shot('flow-00-first-visit-callout');
  await page.getByTestId('symptom-callout').getByRole('button').click();
  await expect(page.getByTestId('symptom-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('symptom-dialog')).toBeHidden();
  await page.getByTestId('symptom-open').click();
  const dialog = page.getByTestId('symptom-dialog');
  await expect(dialog).toBeVisible();
  const input = page.getByTestId('symptom-input');
  const results = page.getByTestId('symptom-result');
  const first = () => results.first();

  // The concurrency detector, from a stack trace through Parallel.ForEachAsync: that lesson first.
  await input.fill(
    [
      'fail: Microsoft.EntityFrameworkCore.Query[10100]',
      'System.InvalidOperationException: A second operation was started on this context instance before a previous operation completed.',
      '   at Microsoft.EntityFrameworkCore.Infrastructure.Internal.ConcurrencyDetector.EnterCriticalSection()',
      '   at System.Threading.Tasks.Parallel.<>c__50`1.<<ForEachAsync>b__50_0>d.MoveNext()',
    ].join('\n'),
  );
  await expect(first()).toHaveAttribute('data-lesson', /-parallel-foreach$/);
  await expect(first().getByTestId('symptom-mark').first()).toHaveText(
    'A second operation was started on this context instance',
  );
  await expect(first().getByTestId('symptom-mark').nth(1)).toHaveText('ForEachAsync');
  await app.shot('flow-04-symptom-finder');

  const cases: [string, RegExp, string][] = [
    [
      "System.InvalidOperationException: The instance of entity type 'Customer' cannot be tracked because another instance with the same key value for {'Id'} is already being tracked.",
      /-identity-conflict$/,
      "The instance of entity type 'Customer' cannot be tracked because another instance with the same key value",
    ],
    [
      'System.ObjectDisposedException: Cannot access a disposed context instance. A common cause…',
      /-fire-and-forget$/,
      'ObjectDisposedException',
    ],
    [
      'Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database operation was expected to affect 1 row(s), but actually affected 0 row(s)',
      /-across-contexts$/,
      'DbUpdateConcurrencyException',
    ],
    [
      'System.InvalidOperationException: There is already an open DataReader associated with this Connection which must be closed first.',
      /-streaming$/,
      'There is already an open DataReader associated with this Connection which must be closed first',
    ],
  ];
  for (const [text, lesson, marked] of cases) {
    await input.fill(text);
    await expect(first()).toHaveAttribute('data-lesson', lesson);
    await expect(first().getByTestId('symptom-mark').first()).toHaveText(marked);
  }

  // Nothing matches: said plainly, with what the lessons do explain.
  await input.fill('System.NullReferenceException: Object reference not set to an instance of an object.');
  await expect(results).toHaveCount(0);
  await expect(page.getByTestId('symptom-none')).toContainText('No lesson matches this text.');
  await expect(page.getByTestId('symptom-none')).toContainText('Cannot access a disposed context instance');

  // Open the lesson: the dialog closes and the lesson (and its URL) is there.
  await input.fill('Cannot access a disposed context instance.');
  await first().getByTestId('symptom-open-lesson').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.lessonId()).toMatch(/-fire-and-forget$/);
  await expect(page).toHaveURL(/#\/lesson\/\d\d-fire-and-forget$/);
});

test('the solution diff leaves out comment-only edits unless asked, and opens at the first real change', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = new Playground(page, info);
  const lesson = lessonBySlug('across-contexts');
  await app.open(`/#/lesson/${lesson}`);
  await app.editorReady();
  await page.getByTestId('solution-select').selectOption('solution-concurrency-token');
  const diff = page.getByTestId('solution-diff');
  const original = diff.locator('.editor.original');
  const modified = diff.locator('.editor.modified');
  await expect(modified.locator('.line-insert, .char-insert').first()).toBeVisible();

  // Opened at the first real change (solution line 13, the retry loop), not at the top.
  const lineNumber = (n: number) => modified.locator('.line-numbers', { hasText: new RegExp(`^${n}$`) });
  await expect(lineNumber(13)).toBeInViewport();
  await expect(lineNumber(1)).toHaveCount(0);
  await expect(diff).toContainText('lines hidden');
  await app.shot('flow-05-diff-first-change');

  // The starter's comment on line 6 differs from the solution's: hidden, the learner's side shows
  // the solution's comment. With comment edits shown, the starter's own comment comes back.
  // Focus the editor's input rather than click its lines: an overlay can cover any point of them.
  await modified.getByRole('textbox').first().focus();
  await page.keyboard.press('Control+Home');
  await expect(lineNumber(1)).toHaveCount(1);
  await expect(original).toContainText('every column is written, Version included');
  await expect(original).not.toContainText('this context never saw the original values');
  await page.getByTestId('diff-show-comments').check();
  await expect(original).toContainText('this context never saw the original values');
});

test('the new controls are readable and accessible in light and dark, at 1024 and 1280 wide', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const app = new Playground(page, info);
  // Only what this spec adds: the hints, the settings popover, the symptom finder.
  const serious = async () => {
    const results = await new AxeBuilder({ page })
      .include('[data-testid=hints]')
      .include('.settings-menu')
      .include('.symptom-finder')
      .include('[data-testid=symptom-callout]')
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [
      [1024, 768],
      [1280, 800],
    ]) {
      await page.setViewportSize({ width, height });
      await app.open(`/#/lesson/${L03}`);
      await app.editorReady();
      if ((await page.getByTestId('hint').count()) === 0) await page.getByTestId('show-hint').click();
      await expect(page.getByTestId('hint')).toHaveCount(1);
      await page.getByTestId('run-settings-menu').click();
      await expect(page.getByTestId('latency-input')).toBeVisible();
      await app.shot(`flow-06-${scheme}-${width}-hint-settings`);
      expect(await serious()).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('symptom-open').click();
      await page
        .getByTestId('symptom-input')
        .fill(
          "System.InvalidOperationException: The instance of entity type 'Customer' cannot be tracked because another instance with the same key value for {'Id'} is already being tracked.",
        );
      await expect(page.getByTestId('symptom-result').first()).toBeVisible();
      await app.shot(`flow-07-${scheme}-${width}-symptoms`);
      expect(await serious()).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('symptom-dialog')).toBeHidden();
    }
  }
});
