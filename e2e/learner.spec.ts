// The learner's walk through the Promise.all/Task.WhenAll lesson, in real Chromium against the
// production build: predict, run, see the collision, step, apply the factory fix, goals met;
// autosave across reload; share link replay; broken link; no request leaves the local server.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LESSON, Playground, watchNetwork } from './playground.ts';

test('a learner predicts, runs, sees the collision, steps, fixes, shares', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(180_000);
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.shot('01-lesson');

  // Predict (never required), then run.
  await expect(page.getByTestId('predict-option')).not.toHaveCount(0);
  await page.getByTestId('predict-option').nth(1).click();
  await expect(page.getByTestId('predict-option').nth(1)).toHaveAttribute('aria-checked', 'true');
  await app.run();

  // The exception and the collision.
  const exception = page.getByTestId('exception');
  await expect(exception).toBeVisible();
  await expect(exception).toContainText('InvalidOperationException');
  await expect(exception).toContainText('A second operation was started on this context instance');
  await expect(page.getByTestId('what-happened')).toContainText('ToListAsync (line 5)');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByTestId('timeline-collision').first()).toBeVisible();
  await expect(timeline.locator('[data-testid=timeline-op][data-status=threw]')).toHaveCount(2);
  await expect(timeline.locator('[data-testid=timeline-op][data-status=ok]')).toHaveCount(1);
  const holder = timeline.locator('[data-testid=timeline-op][data-status=ok]');
  await expect(holder).toHaveAttribute('data-start', '0');
  await expect(holder).toHaveAttribute('data-end', '30');
  await expect(page.getByTestId('goals').locator('[data-met=false]')).not.toHaveCount(0);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play', { timeout: 30_000 });
  await app.shot('02-collision');

  // Step through playback: back to the start, then event by event to the collision.
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('current-event')).toContainText('Press play');
  const caption = page.getByTestId('current-event');
  for (let i = 0; i < 40; i++) {
    if (/Collision/.test((await caption.textContent()) ?? '')) break;
    await page.getByTestId('step-next').click();
  }
  await expect(caption).toContainText('Collision');
  await expect(page.locator('.monaco-editor .playhead-line')).toHaveCount(1);
  await page.getByTestId('step-prev').click();
  await expect(caption).not.toContainText('Collision');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(caption).toContainText('Collision');
  await timeline.locator('[data-testid=timeline-op][data-status=ok]').hover();
  await expect(page.getByTestId('bar-tooltip')).toContainText('SELECT');
  await app.shot('03-stepped-to-collision');

  // Apply the factory fix from the diff view, run, every goal met.
  await page.getByTestId('solution-select').selectOption('solution-factory');
  await expect(page.getByTestId('solution-diff')).toBeVisible();
  await expect(page.getByTestId('solution-diff').locator('.line-insert, .char-insert').first()).toBeVisible();
  await app.shot('04-solution-diff');
  await page.getByTestId('apply-solution').click();
  await expect.poll(() => app.code()).toContain('CreateDbContextAsync');
  await app.run();
  await expect(page.getByTestId('goals').locator('[data-met]')).not.toHaveCount(0);
  await expect(page.getByTestId('goals').locator('[data-met=false]')).toHaveCount(0);
  await expect(timeline.locator('[data-testid=timeline-op][data-status=threw]')).toHaveCount(0);
  const contexts = await timeline
    .getByTestId('timeline-op')
    .evaluateAll((bars) => new Set(bars.map((b) => b.getAttribute('data-context'))).size);
  expect(contexts).toBe(3);
  await expect(app.lesson(LESSON)).toHaveAttribute('data-status', 'done');
  await app.shot('05-fixed');

  // Edit, reload: the edit is still there.
  await app.typeAtEnd('\n// my own note');
  await expect.poll(() => app.code()).toContain('// my own note');
  await page.reload();
  await app.editorReady();
  expect(await app.code()).toContain('// my own note');

  // Share, open in a fresh browser context: same code, not run until Run, then the same run.
  await app.run();
  const original = await app.runOutline();
  await page.getByTestId('share').click();
  await expect(page).toHaveURL(/#v1\//);
  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherNet = watchNetwork(other);
  const guest = new Playground(other, info);
  await guest.open(link);
  await expect.poll(() => guest.lessonId()).toBe(LESSON);
  expect(await guest.code()).toBe(await app.code());
  await guest.editorReady();
  await expect(other.getByTestId('timeline-op')).toHaveCount(0);
  expect(await guest.runOutline()).toBeNull();
  await guest.run();
  expect(await guest.runOutline()).toEqual(original);
  await guest.shot('06-shared-replayed');
  expect(otherNet.foreign).toEqual([]);
  await fresh.close();

  // A broken link: a clear message, the learner's own work untouched.
  const mine = await app.code();
  await page.goto('/#v1/' + 'N4Ig'.repeat(3) + 'broken');
  await expect(page.getByRole('alert').filter({ hasText: 'share link' })).toBeVisible();
  await app.editorReady();
  expect(await app.code()).toBe(mine);
  await app.shot('07-broken-link');

  expect(net.foreign, 'requests leaving 127.0.0.1').toEqual([]);
  expect(net.errors).toEqual([]);
});

test('accessibility: no serious axe violations, in light and dark, before and after a run', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const app = new Playground(page, info);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    await app.pickLesson(LESSON);
    await app.editorReady();
    await app.run();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play', { timeout: 30_000 });
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
