// Polish: timeline labels never run into another bar or off the track, the workspace separators
// resize from the keyboard and persist, "Copy as bug report" gives a markdown repro (clipboard,
// or the fallback dialog), and laptop widths start with the compact lesson list.
import { test, expect } from '@playwright/test';
import { LESSON, Playground } from './playground.ts';

type Box = { left: number; top: number; right: number; bottom: number };
const intersects = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

test('timeline labels stay clear of other bars and inside the track', async ({ page }, info) => {
  const app = new Playground(page, info);
  await app.open();
  for (const [lesson, settings] of [
    ['05-fire-and-forget', { latency: 30, seed: 1 }],
    ['07-works-on-my-machine', { latency: 6, seed: 1 }],
    ['01-one-at-a-time', { latency: 30, seed: 1 }],
  ] as const) {
    await app.pickLesson(lesson);
    await app.editorReady();
    await app.setSettings(settings);
    await app.run();
    // Jump to the end of the replay: every bar drawn in full.
    await page.getByTestId('scrubber').focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
    const bars = await app.barBoxes();
    const boxes = bars.flatMap((b) => (b.label ? [{ ...b, label: b.label }] : []));
    // These runs are short: every bar has room for its label.
    expect(boxes).toHaveLength(bars.length);
    expect(boxes.length).toBeGreaterThan(1);
    for (const a of boxes) {
      expect(a.label.left, `${lesson}: "${a.text}" starts inside the track`).toBeGreaterThanOrEqual(
        a.track.left - 0.5,
      );
      expect(a.label.right, `${lesson}: "${a.text}" ends inside the track`).toBeLessThanOrEqual(
        a.track.right + 0.5,
      );
      for (const b of boxes) {
        if (a === b) continue;
        expect(intersects(a.label, b.bar), `${lesson}: label "${a.text}" overlaps bar ${b.op}`).toBe(false);
        expect(intersects(a.label, b.label), `${lesson}: label "${a.text}" overlaps label "${b.text}"`).toBe(
          false,
        );
      }
    }
    await app.shot(`polish-labels-${lesson}`);
  }
});

test('the separators resize editor, timeline and details from the keyboard, and persist', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('13-across-contexts');
  await app.editorReady();
  await app.run();
  const editor = page.locator('#editor-card');
  const timeline = page.getByTestId('timeline');
  const split = app.splitter('editor');
  await expect(split).toHaveAttribute('role', 'separator');
  await expect(split).toHaveAccessibleName('Resize editor and timeline');
  const start = Number(await split.getAttribute('aria-valuenow'));
  const editorBefore = (await editor.boundingBox())!.height;
  await split.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(split).toHaveAttribute('aria-valuenow', String(start + 4));
  await expect.poll(async () => (await editor.boundingBox())!.height).toBeGreaterThan(editorBefore + 10);
  await page.keyboard.press('Home');
  await expect(split).toHaveAttribute('aria-valuenow', (await split.getAttribute('aria-valuemin')) ?? '');

  // Grow the timeline for a many-context lesson, down to the details' minimum.
  const lower = app.splitter('timeline');
  const timelineBefore = (await timeline.boundingBox())!.height;
  await lower.focus();
  await page.keyboard.press('End');
  await expect(lower).toHaveAttribute('aria-valuenow', (await lower.getAttribute('aria-valuemax')) ?? '');
  await expect.poll(async () => (await timeline.boundingBox())!.height).toBeGreaterThan(timelineBefore + 50);
  const saved = [await split.getAttribute('aria-valuenow'), await lower.getAttribute('aria-valuenow')];
  await app.shot('polish-resized');

  await page.reload();
  await app.editorReady();
  expect([await split.getAttribute('aria-valuenow'), await lower.getAttribute('aria-valuenow')]).toEqual(
    saved,
  );
});

test('copy as bug report: markdown with the settings, code, exception and timeline', async ({
  page,
  context,
}, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.setSettings({ seed: 7 });
  await expect(page.getByTestId('bug-report')).toHaveCount(0);
  await app.run();
  await page.getByTestId('bug-report').click();
  await expect(page.getByRole('status').filter({ hasText: 'Bug report copied' })).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain(`- Lesson: \`${LESSON}\``);
  expect(md).toContain('seed 7');
  expect(md).toContain('```ts\n');
  expect(md).toContain(await app.code());
  expect(md).toContain('System.InvalidOperationException');
  expect(md).toMatch(/AppDb #1\s+#\d+\s+ToListAsync\s+L6\s+threw\s+collided with/);
  expect(md).toContain('## SQL log');

  // The same file offered as a download.
  const download = page.waitForEvent('download');
  await page.getByTestId('bug-report-download').click();
  expect((await download).suggestedFilename()).toBe(`dbcontext-playground-${LESSON}-seed7.md`);

  // A clipboard that refuses: the text is shown to copy by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.getByTestId('bug-report').click();
  const text = page.getByTestId('bug-report-text');
  await expect(text).toBeVisible();
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(/seed 7/);
  await expect(text).toHaveValue(/InvalidOperationException/);
  await app.shot('polish-bug-report-fallback');
  await page.keyboard.press('Escape');
  await expect(text).toBeHidden();
});

test('laptop widths start with the compact lesson list; the learner’s choice wins and persists', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  const toggle = page.getByRole('button', { name: /lesson list/ });
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: /lesson list/ })).toHaveAttribute('aria-expanded', 'true');
});
