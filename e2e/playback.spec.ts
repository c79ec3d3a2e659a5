// The learning flow's playback (issue 13): a timeline that shows every lane at 1280×800 and uses
// the width it has, sequential work on one row, flows and marks told apart, a result revealed
// when the playhead reaches it (with Skip to result), the predict question before the text, and
// an editor that Run does not resize and that scrolls only when the marked line leaves the view.
import { test, expect } from '@playwright/test';
import { Playground } from './playground.ts';

// Every lane of every lesson file fitting at 1280×800 is checked in trust.spec.ts's pass over
// every lesson file (one page, one run each), with e2e/laneFit.ts.

test('the timeline uses the width at 1920×1080; at 1024×768 one header line and a whole editor tab', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await app.pickLesson('02-parallel-dashboard');
  await app.editorReady();
  await app.runToResult();
  const wide = await app.barBoxes();
  const right = Math.max(...wide.map((b) => b.bar.right));
  // The run's last instant sits at the track's end, less the room kept for a badge.
  expect(wide[0].track.right - right).toBeLessThan(60);
  await app.shot('playback-1920');

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect
    .poll(() => page.locator('.header').evaluate((h) => h.getBoundingClientRect().height))
    .toBeLessThanOrEqual(49);
  const brand = await page.locator('.brand').boundingBox();
  expect(brand!.height).toBeLessThan(30);
  const tab = page.locator('.editor-head .tab').first();
  await expect(tab).toContainText('snippet.ts');
  const cut = await tab.evaluate((el) => {
    const card = el.closest('.editor-card')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.left < card.left - 0.5 || r.right > card.right + 0.5 || el.scrollWidth > el.clientWidth + 1;
  });
  expect(cut).toBe(false);
  const run = await page.getByTestId('run').boundingBox();
  const card = await page.locator('#editor-card').boundingBox();
  expect(run!.x + run!.width).toBeLessThanOrEqual(card!.x + card!.width);
  await app.shot('playback-1024');
});

test('sequential calls share a row; only the overlap takes a second one', async ({ page }, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('01-one-at-a-time');
  await app.editorReady();
  await app.runToResult();
  const rows = await page.getByTestId('timeline-op').evaluateAll((bars) =>
    bars.map((b) => ({
      op: Number(b.getAttribute('data-op')),
      status: b.getAttribute('data-status'),
      top: b.getBoundingClientRect().top,
    })),
  );
  // processUser(1) awaits FindAsync, SaveChangesAsync, FirstOrDefaultAsync one after the other.
  const first = rows.filter((r) => r.op <= 3).map((r) => r.top);
  expect(new Set(first).size).toBe(1);
  // The only second row is the call the detector refused.
  const tops = [...new Set(rows.map((r) => r.top))];
  expect(tops).toHaveLength(2);
  const refused = rows.filter((r) => r.top !== first[0]);
  expect(refused.map((r) => r.status)).toEqual(['threw']);
});

test('flows get their own colour and label; collisions and identity conflicts their own marks', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('12-singleton-context');
  await app.editorReady();
  await app.runToResult();
  const flows = await page
    .getByTestId('timeline-op')
    .evaluateAll((bars) =>
      bars.map((b) => ({ flow: b.getAttribute('data-flow'), colour: getComputedStyle(b).borderLeftColor })),
    );
  expect(new Set(flows.map((f) => f.flow)).size).toBeGreaterThan(1);
  // Bars of different flows are drawn in different colours.
  const byFlow = new Map(flows.map((f) => [f.flow, f.colour]));
  expect(new Set(byFlow.values()).size).toBe(byFlow.size);
  await expect(page.getByTestId('timeline-flows')).toContainText('request #1');
  await expect(page.getByTestId('timeline-flows')).toContainText('request #2');

  // Both GETs run line 7: the collision says which operation and which request held the context.
  const collision = page.getByTestId('timeline-collision').first();
  const said = (await collision.getAttribute('aria-label')) ?? '';
  expect(said).toMatch(
    /FirstAsync #\d+ \(line 7, request #\d, from 0 ms\) was refused because FirstAsync #\d+ \(line 7, request #\d, from 0 ms\) still held the context/,
  );
  const [, a, b] = said.match(/request #(\d).*request #(\d)/) ?? [];
  expect(a).not.toBe(b);

  const conflict = page.getByTestId('timeline-identity-conflict').first();
  await expect(conflict).toHaveAttribute('aria-label', /^Identity conflict at/);
  const icon = async (l: typeof conflict) =>
    l
      .locator('.tl-bolt')
      .evaluate((el) => el.innerHTML + getComputedStyle(el).backgroundColor + getComputedStyle(el).transform);
  expect(await icon(conflict)).not.toBe(await icon(collision));
  await app.shot('playback-flows-12');
});

test('the result appears when the playhead reaches it; Skip to result shows it at once', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('01-one-at-a-time');
  await app.editorReady();
  // The question comes before the lesson text that answers it.
  const question = await page.locator('.predict').boundingBox();
  const summary = await page.locator('.lesson-summary').boundingBox();
  expect(question!.y).toBeLessThan(summary!.y);
  await page.getByTestId('predict-option').nth(1).click();

  await app.run();
  // Right after Run: nothing tells the ending yet.
  await expect(page.getByTestId('result-pending')).toBeVisible();
  await expect(page.getByTestId('run-verdict')).toHaveCount(0);
  await expect(page.getByTestId('what-happened')).toHaveCount(0);
  await expect(page.getByTestId('goals')).toHaveAttribute('data-pending', 'true');
  await expect(page.locator('.predict-option.right')).toHaveCount(0);
  const collision = page.getByTestId('timeline-collision');
  await expect(collision).not.toHaveClass(/reached/);
  await app.shot('playback-reveal-pending');

  // The verdict shows up once the playhead has reached the collision, not before.
  await expect(page.getByTestId('run-verdict')).toBeVisible();
  await expect(collision).toHaveClass(/reached/);
  await expect(page.getByTestId('goals')).toHaveAttribute('data-pending', 'false');
  await expect(page.locator('.predict-option.right')).toHaveCount(1);
  await app.shot('playback-reveal-reached');

  await app.run();
  await expect(page.getByTestId('result-pending')).toBeVisible();
  await page.getByTestId('skip-to-result').click();
  await expect(page.getByTestId('run-verdict')).toHaveText(/InvalidOperationException at line 3/);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
  const scrub = page.getByTestId('scrubber');
  await expect(scrub).toHaveValue((await scrub.getAttribute('max')) ?? '');
});

test('Run does not resize the editor; the gutter marker follows the playhead; the editor scrolls only when it must', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('13-across-contexts');
  await app.editorReady();
  const editor = page.locator('#editor-card');
  const before = (await editor.boundingBox())!.height;
  // Record the editor's scroll position on every frame of the playback.
  await page.evaluate(() => {
    const w = window as unknown as { tops: number[] };
    w.tops = [];
    const sample = () => {
      const el = document.querySelector('#editor-card .monaco-scrollable-element.editor-scrollable');
      const top = el ? Math.round(el.querySelector('.lines-content')?.getBoundingClientRect().top ?? 0) : 0;
      if (w.tops[w.tops.length - 1] !== top) w.tops.push(top);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await app.run();
  await expect(page.locator('#editor-card .playhead-gutter')).toBeVisible();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play', { timeout: 60_000 });
  expect((await editor.boundingBox())!.height).toBe(before);
  const tops = await page.evaluate(() => (window as unknown as { tops: number[] }).tops);
  // Lesson 13 moves between lines 6, 7, 13, 15 and 26 of a 27-line file: a few scrolls at most, not one per event.
  expect(tops.length - 1).toBeLessThanOrEqual(6);
  await app.shot('playback-editor-13');
});

test('a running bar’s stripes move on the compositor, and stand still when motion is reduced', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('14-playground');
  await app.editorReady();
  await app.setCode('const orders = await db.Orders.ToListAsync();\nconsole.log(orders.length);\n');
  await app.runToResult();
  // Pressing on the axis halfway along the bar puts the playhead inside it: the bar is running.
  const bar = page.getByTestId('timeline-op').first();
  const box = (await bar.boundingBox())!;
  const track = (await page.locator('.tl-axis-track').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, track.y + track.height / 2);
  await expect(bar).toHaveClass(/\bphase-active\b/);
  // What the bar's running animations change: a transform only (the compositor moves it; no
  // repaint of the fill in every frame).
  const animated = () =>
    bar.evaluate((el) => [
      ...new Set(
        el
          .getAnimations({ subtree: true })
          .filter((a) => a.playState === 'running')
          .flatMap((a) => (a.effect as KeyframeEffect).getKeyframes())
          .flatMap((k) =>
            Object.keys(k).filter((p) => !['offset', 'computedOffset', 'easing', 'composite'].includes(p)),
          ),
      ),
    ]);
  await expect.poll(animated).toEqual(['transform']);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(animated).toEqual([]);
});

test('a bar tells that its operation failed only once the playhead has passed its end', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  // The missing await: FirstOrDefaultAsync runs from 0 to 30 ms and fails there, unobserved.
  await app.pickLesson('03-missing-await');
  await app.editorReady();
  await app.runToResult();
  const bar = page.locator('[data-testid=timeline-op][data-status=unobserved]');
  await expect(bar).toHaveCount(1);
  await expect(bar).toHaveClass(/\bstatus-unobserved\b/);
  await expect(bar).toContainText('⚠');
  // Halfway along the bar, it is running: no failure yet, on the bar or in its tooltip.
  const box = (await bar.boundingBox())!;
  const track = (await page.locator('.tl-axis-track').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, track.y + track.height / 2);
  await expect(bar).toHaveClass(/\bphase-active\b/);
  await expect(bar).toHaveClass(/\bstatus-ok\b/);
  await expect(bar).not.toContainText('⚠');
  await expect(bar).not.toContainText('InvalidOperationException');
  await bar.hover();
  const tip = page.getByTestId('bar-tooltip');
  await expect(tip).toContainText('running');
  await expect(tip).not.toContainText('InvalidOperationException');
  // At the end of the run it has failed, and says so.
  await page.getByTestId('timeline').press('End');
  await expect(bar).toHaveClass(/\bstatus-unobserved\b/);
  await expect(bar).toContainText('⚠');
  await bar.hover();
  await expect(tip).toContainText('unobserved');
  await expect(tip).toContainText('InvalidOperationException');
});

test('a lane says its context was disposed once the playhead reaches the disposal, not before', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  // The missing await: SaveChangesAsync throws at 0 ms and the exception leaves the `using`, which
  // disposes AppDb #1, still at 0 ms, but several events after the run's first.
  await app.pickLesson('03-missing-await');
  await app.editorReady();
  await app.runToResult();
  const life = page.getByTestId('timeline-lane').first().locator('.tl-lane-life');
  await expect(life).toHaveText('disposed at 0 ms');
  const timeline = page.getByTestId('timeline');
  await timeline.press('Home');
  await expect(life).toHaveText('created at 0 ms');
  // One event at a time: the label, the disposal's mark and the playhead's event agree at every step.
  const snapshot = () =>
    page.evaluate(() => ({
      life: document.querySelector('[data-testid=timeline-lane] .tl-lane-life')?.textContent,
      marks: document.querySelectorAll('.tl-disposed').length,
      event: document.querySelector('[data-testid=current-event]')?.textContent ?? '',
    }));
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await timeline.press('ArrowRight');
    const now = await snapshot();
    expect(now.marks, now.event).toBe(now.life === 'disposed at 0 ms' ? 1 : 0);
    if (now.life === 'disposed at 0 ms') {
      seen.push(now.event);
      break;
    }
  }
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatch(/AppDb #1 disposed/);
});

test('a long run draws only the labels that can be read, and every bar still names its operation', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson('14-playground');
  await app.editorReady();
  await app.setCode(
    'for (let i = 0; i < 150; i++) await db.Orders.Where((o) => o.CustomerId == i).ToListAsync();\n',
  );
  await app.runToResult();
  const bars = page.getByTestId('timeline-op');
  await expect(bars).toHaveCount(150);
  const seen = () =>
    bars.evaluateAll((all) =>
      all.map((bar) => {
        const label = bar.querySelector<HTMLElement>('.tl-bar-label');
        const pad = label
          ? parseFloat(getComputedStyle(label).paddingLeft) + parseFloat(getComputedStyle(label).paddingRight)
          : 0;
        return {
          name: bar.getAttribute('aria-label') ?? '',
          phase: bar.className.match(/phase-(\w+)/)?.[1],
          fills: bar.querySelectorAll('.tl-bar-fill').length,
          text: label ? label.clientWidth - pad : null,
        };
      }),
    );
  const end = await seen();
  // Bars ten pixels wide, side by side: most have no room for a label, and none shows a stub.
  const drawn = end.filter((b) => b.text !== null);
  expect(drawn.length).toBeLessThan(end.length / 2);
  for (const b of drawn) expect(b.text).toBeGreaterThanOrEqual(20);
  // A screen reader hears each operation, where it ran and how it ended.
  for (const b of end) expect(b.name).toMatch(/^ToListAsync · L1, on AppDb #1, .* completed$/);
  expect(end.every((b) => b.phase === 'past' && b.fills === 0)).toBe(true);
  await app.shot('playback-long-run');
  // Back to the start: every bar waits, and says so.
  await page.getByTestId('timeline').press('Home');
  await expect(bars.first()).toHaveClass(/\bphase-future\b/);
  const start = await seen();
  for (const b of start) expect(b.name).toMatch(/not started yet$/);
  expect(start.every((b) => b.phase === 'future' && b.fills === 0)).toBe(true);
});
