// The race lab in real Chromium against the production build: run settings in the toolbar,
// run ×100 with progress, failure rate and seed chart, replay a failing seed, compare with a
// fix; a 1000-run batch leaves the page responsive and can be cancelled; a load sweep shows a
// singleton context failing more requests as K grows.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import LZString from 'lz-string';
import { Playground, watchNetwork } from './playground.ts';

const L07 = '07-works-on-my-machine';
const STARTER_07 = readFileSync(
  new URL('../lessons/07-works-on-my-machine/starter.ts', import.meta.url),
  'utf8',
);
// Runs that pass do 20 more queries, so a batch takes long enough to watch (and to cancel).
const SLOW_07 = `${STARTER_07}\nfor (let i = 0; i < 20; i++) await db.Users.CountAsync();\n`;
// Long enough that 1000 runs are still going after the test has typed, switched theme and
// clicked Cancel (~300 queries a run: tens of seconds in the worker).
const SLOWEST_07 = `${STARTER_07}\nfor (let i = 0; i < 300; i++) await db.Users.CountAsync();\n`;
const SINGLETON = `app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);
const customer = await db.Customers.FirstAsync(c => c.Id == 7);
const orders = await db.Orders.Where(o => o.CustomerId == customer.Id).ToListAsync();
console.log(\`\${customer.Name}: \${orders.length} orders\`);
`;

function shareLink(lesson: string, code: string, settings = { latencyMs: 2, jitterMs: 0, seed: 1 }) {
  return (
    '/#v1/' + LZString.compressToEncodedURIComponent(JSON.stringify({ l: lesson, c: code, s: settings }))
  );
}

/** Records every value the batch progress bar shows (a batch may be too quick to poll). */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __progress: number[] }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid=batch-progress]');
      if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

test('run ×100: progress, failure rate, seed chart, replay a failing seed, compare with a fix', async ({
  page,
}, info) => {
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open(shareLink(L07, SLOW_07));
  await expect.poll(() => app.lessonId()).toBe(L07);
  await app.editorReady();
  await app.setSettings({ latency: 6, jitter: 5 });
  await expect(page.getByTestId('run-settings-menu')).toContainText('Latency 6 ms · jitter ±5 ms · seed 1');

  await app.openRaceLab();
  await expect(page.getByTestId('batch-size')).toHaveValue('100');
  await recordProgress(page);
  await page.getByTestId('run-many').click();
  const rate = page.getByTestId('failure-rate');
  await expect(rate).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  expect(
    seen.some((v) => v > 0 && v < 100),
    `progress values seen: ${seen.join(',')}`,
  ).toBe(true);

  const batch = (await app.batch())!;
  expect(batch.done).toBe(100);
  expect(batch.failures).toBeGreaterThan(10);
  expect(batch.failures).toBeLessThan(90);
  await expect(rate).toContainText(`${batch.failures}%`);
  await expect(page.getByTestId('race-lab')).toContainText('InvalidOperationException');
  await expect(page.getByTestId('race-lab')).toContainText('line 7');
  await expect(page.getByTestId('seed-chart').locator('rect.fail')).toHaveCount(batch.failures);
  await expect(page.getByTestId('seed-chart')).toHaveAttribute(
    'aria-label',
    new RegExp(`${batch.failures} of 100 seeds failed`),
  );
  await expect(page.getByTestId('failing-seed')).toHaveCount(batch.failures);
  await app.shot('race-lab-100');

  const accessibility = await new AxeBuilder({ page }).include('#race-lab').analyze();
  const serious = accessibility.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Replay: one click, a normal run with that seed, drawn on the timeline.
  const seed = batch.failingSeeds[2];
  const before = await page.getByTestId('timeline').getAttribute('data-run-seq');
  await page.locator(`[data-testid=failing-seed][data-seed="${seed}"]`).click();
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-run-seq', before ?? '');
  const outline = (await app.runOutline())!;
  expect(outline.outcome).toBe('threw');
  expect(outline.exception).toBe('InvalidOperationException@7');
  expect(JSON.parse(outline.settings)).toEqual({ latencyMs: 6, jitterMs: 5, seed, provider: 'sqlserver' });
  await expect(page.getByTestId('run-settings')).toHaveText(`6 ms ± 5 · seed ${seed}`);
  await expect(page.getByTestId('seed-input')).toHaveValue(String(seed));
  await expect(
    page.getByTestId('timeline').locator('[data-testid=timeline-op][data-status=threw]'),
  ).not.toHaveCount(0);

  // Compare: pin the failing run, apply fix 1, run the same seed again.
  await page.getByTestId('pin-run').click();
  await expect(page.getByTestId('compare')).toHaveAttribute('data-same', 'true');
  await page.getByTestId('solution-select').selectOption('solution-sequential');
  await page.getByTestId('apply-solution').click();
  await app.run();
  const compare = page.getByTestId('compare');
  await expect(compare).toHaveAttribute('data-same', 'false');
  await expect(compare.locator('tr', { hasText: 'Outcome' })).toContainText('threw');
  await expect(compare.locator('tr', { hasText: 'Outcome' })).toContainText('clean'); // the run's verdict (src/runner/verdict.ts)
  await expect(compare).toContainText('Fix 1');
  await expect(compare.locator('tr', { hasText: 'Total time' })).toContainText('ms');
  // Not a table first: the two runs' timelines, one above the other, on one time scale.
  const timelines = compare.getByTestId('compare-timeline');
  await expect(timelines).toHaveCount(2);
  await expect(timelines.nth(0)).toHaveAttribute('data-role', 'pinned');
  await expect(timelines.nth(0).locator('[data-testid=timeline-op][data-status=threw]')).not.toHaveCount(0);
  await expect(timelines.nth(1).locator('[data-testid=timeline-op][data-status=threw]')).toHaveCount(0);
  await expect(timelines.nth(1).locator('[data-testid=timeline-op]')).not.toHaveCount(0);
  const durations = await timelines.evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute('data-duration'))),
  );
  await expect(compare.getByTestId('compare-timelines')).toHaveAttribute(
    'data-scale-ms',
    String(Math.max(...durations)),
  );
  const tracks = await timelines.evaluateAll((els) =>
    els.map((e) => {
      const r = e.querySelector('.tl-track')!.getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.width)];
    }),
  );
  expect(tracks[0][1]).toBeGreaterThan(100);
  expect(tracks[1]).toEqual(tracks[0]); // same origin, same width, same ms: one scale
  await app.shot('race-lab-compare');
  expect(net.errors).toEqual([]);
  expect(net.foreign).toEqual([]);
});

test('a 1000-run batch keeps the page responsive and can be cancelled', async ({ page }, info) => {
  const app = new Playground(page, info);
  await app.open(shareLink(L07, SLOWEST_07, { latencyMs: 6, jitterMs: 5, seed: 1 }));
  await expect.poll(() => app.lessonId()).toBe(L07);
  await app.editorReady();
  await app.openRaceLab();
  await page.getByTestId('batch-size').selectOption('1000');
  await page.getByTestId('run-many').click();
  await expect(page.getByTestId('batch-progress')).toBeVisible();
  await expect(page.getByTestId('run')).toBeDisabled();

  // Input is handled while the worker runs the batch: type in the editor, change a control.
  await app.typeAtEnd('\n// typed while the batch runs');
  const theme = page.getByRole('button', { name: /^Theme:/ });
  await theme.click();
  await expect(theme).toHaveAttribute('aria-label', /^Theme: light/);
  const during = await page.evaluate(() => ({
    typed: window.__playground!.code().includes('// typed while the batch runs'),
    batch: window.__playground!.batch(),
  }));
  expect(during.typed).toBe(true);
  expect(during.batch?.status).toBe('running');
  await expect(page.getByTestId('batch-progress')).not.toHaveAttribute('value', '0');
  await app.shot('race-lab-1000-running');

  await page.getByTestId('batch-cancel').click();
  await expect(page.getByTestId('failure-rate')).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId('race-lab')).toContainText('Cancelled after');
  const batch = (await app.batch())!;
  expect(batch.done).toBeGreaterThan(0);
  expect(batch.done).toBeLessThan(1000);

  // The host starts a fresh worker for the next run.
  await expect(page.getByTestId('run')).toBeEnabled();
  await app.run();
  expect((await app.runOutline())?.outcome).toMatch(/ok|threw/);
});

test('load: a singleton context fails more requests as K grows', async ({ page }, info) => {
  const app = new Playground(page, info);
  // Offered only where the failure rate changes with K (src/lessons/loadOffer.test.ts): not in lesson 07.
  await app.open(`/#/lesson/${L07}`);
  await app.openRaceLab();
  await expect(page.getByTestId('run-many')).toBeVisible();
  await expect(page.getByTestId('load-sweep')).toHaveCount(0);
  await app.open(shareLink('14-playground', SINGLETON, { latencyMs: 30, jitterMs: 0, seed: 1 }));
  await expect.poll(() => app.lessonId()).toBe('14-playground');
  await app.openRaceLab();
  await expect(page.getByTestId('load-explain')).toContainText('K = 1 is one request on its own');
  await page.getByTestId('load-sweep').click();
  const chart = page.getByTestId('load-chart');
  await expect(chart).toHaveAttribute('data-points', '5', { timeout: 60_000 });
  const rates = await chart
    .locator('[data-testid=load-bar]')
    .evaluateAll((bars) =>
      bars.map((b) => [Number(b.getAttribute('data-k')), Number(b.getAttribute('data-rate'))]),
    );
  expect(rates.map(([k]) => k)).toEqual([1, 2, 4, 8, 16]);
  expect(rates[0][1]).toBe(0);
  for (let i = 1; i < rates.length; i++) expect(rates[i][1]).toBeGreaterThan(rates[i - 1][1]);
  await expect(chart.locator('table')).toContainText('16');
  await app.shot('race-lab-load');

  await page.locator('[data-testid=load-show][data-k="4"]').click();
  await expect(page.getByTestId('run-settings')).toContainText('4 requests');
  await expect(page.getByTestId('exception')).toContainText('InvalidOperationException');
  await page.locator('#race-lab-title').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('race-lab')).toBeHidden();
  await expect(page.getByTestId('race-lab-toggle')).toBeFocused();
});

test('the race lab leaves the lesson list in view and usable', async ({ page }, info) => {
  const app = new Playground(page, info);
  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await app.open(`/#/lesson/${L07}`);
    await app.openRaceLab();
    const lab = (await page.getByTestId('race-lab').boundingBox())!;
    const list = (await page.locator('.lesson-list').boundingBox())!;
    expect(lab.x, `${width}×${height}`).toBeGreaterThanOrEqual(list.x + list.width - 1);
    // Not covered: another lesson is one click away (trial: checks it would receive the click).
    await app.lesson('14-playground').click({ trial: true, timeout: 2_000 });
    await app.shot(`race-lab-${width}`);
  }
  await app.lesson('14-playground').click();
  await expect.poll(() => app.lessonId()).toBe('14-playground');
});
