/**
 * The browser half of `npm run bench` (production builds served by `vite preview`, each file
 * gzipped once as a static host serves it: scripts/precompressedPreview.ts; Debian Chromium
 * driven by Playwright):
 *
 *  - coldLoad: the app until it is interactive (the editor shows the lesson's code AND the run
 *    worker has answered: its `hello`, mark `run-host-answered`; builds from before the two-step
 *    start-up answered with their warm-up run, `run-host-ready`) against a bare Vite + Monaco page until its editor shows
 *    the same code (bench/bare, built here with the same Vite and Monaco). Loads are interleaved
 *    app/bare, each in a fresh browser context (empty cache); the time is taken in the page by a
 *    requestAnimationFrame poll installed before any script runs, the bytes are the transfer sizes
 *    of the responses that ended before that moment (worker requests included). The app also
 *    clicks Run the moment it is interactive: `firstRunMs` is navigation → that run's timeline
 *    drawn, the cost of loading the runner after the editor (no target; it must not regress).
 *  - timeline500: frame times (requestAnimationFrame intervals) while a 500-operation run plays,
 *    and while the mouse drags the playhead along the axis.
 *  - timeline5000: Run click → the 5,000-operation timeline drawn (the frame that shows it).
 *  - warmRun: every lesson's starter, Run click → the finished timeline, after one warm-up run.
 */
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import lz from 'lz-string';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  longFrames,
  p95,
  ratioInterval,
  stats,
  type LongFrames,
  type RatioInterval,
  type Stats,
} from './stats.ts';
import { precompressedPreview } from '../scripts/precompressedPreview.ts';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Picked at start (free ports): other checkouts on this machine serve their own previews.
let APP_PORT = 0;
let BARE_PORT = 0;
/** BENCH_BEFORE_DIST: another build of the app (say, main's dist/) measured in the same rounds. */
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST;
let BEFORE_PORT = 0;
const BARE_OUT = join(import.meta.dirname, '.build/bare');
const VIEWPORT = { width: 1400, height: 900 };

/** Builds the app (dist/) and the bare Monaco page (bench/.build/bare) with the project's Vite. */
export async function buildPages(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    root: join(import.meta.dirname, 'bare'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    server: { fs: { allow: [ROOT] } },
    build: { outDir: BARE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8000 },
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function servePages(): Promise<PreviewServer[]> {
  APP_PORT = await freePort();
  BARE_PORT = await freePort();
  const app = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: APP_PORT, strictPort: true, open: false },
  });
  const bare = await preview({
    root: join(import.meta.dirname, 'bare'),
    configFile: false,
    // Served as the app is (vite.config.ts): each file gzipped once, as a static host would.
    plugins: [precompressedPreview()],
    logLevel: 'warn',
    build: { outDir: BARE_OUT },
    preview: { host: '127.0.0.1', port: BARE_PORT, strictPort: true, open: false },
  });
  if (!BEFORE_DIST) return [app, bare];
  BEFORE_PORT = await freePort();
  const before = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: BEFORE_DIST },
    preview: { host: '127.0.0.1', port: BEFORE_PORT, strictPort: true, open: false },
  });
  return [app, bare, before];
}

/** Text of the first code line of lesson 01's starter: what both pages must show. */
const FIRST_LINE = readFileSync(join(ROOT, 'lessons/01-one-at-a-time/starter.ts'), 'utf8')
  .split('\n')[0]
  .trim();

/**
 * Installed before any page script: polls every animation frame until the page is interactive and
 * records `performance.now()` then (`__benchInteractiveAt`).
 */
function interactivePoll({ firstLine, needWorker }: { firstLine: string; needWorker: boolean }) {
  const w = window as unknown as { __benchInteractiveAt?: number; __benchFirstRunAt?: number };
  const marked = (name: string) => performance.getEntriesByName(name).length > 0;
  const firstRun = () => {
    const card = document.querySelector<HTMLElement>('[data-testid=timeline]');
    const button = document.querySelector<HTMLButtonElement>('[data-testid=run]');
    if (!card || !button) return;
    const before = card.dataset.runSeq;
    button.click();
    const poll = () => {
      const now = document.querySelector<HTMLElement>('[data-testid=timeline]');
      if (now && now.dataset.runSeq !== before && now.querySelector('.tl-lanes, .tl-empty'))
        requestAnimationFrame(() => (w.__benchFirstRunAt = performance.now()));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
  const check = () => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    const text = (lines?.textContent ?? '').replace(/\u00a0/g, ' ');
    const shown = text.includes(firstLine);
    const answered = !needWorker || marked('run-host-answered') || marked('run-host-ready');
    if (shown && answered) {
      w.__benchInteractiveAt = performance.now();
      if (needWorker) firstRun();
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * A fresh browser context. tsx compiles this file with esbuild's keepNames, so functions handed
 * to the page call `__name(…)`: the page gets a no-op one before anything else runs.
 */
async function freshContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  // No service worker: its precache downloads the whole build once the app is ready, which
  // would land in the middle of the timeline figures (and is not what a first load costs).
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', ...options });
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  return context;
}

interface LoadSample {
  ms: number;
  bytes: number;
  requests: number;
  /** The app: navigation → the timeline of a Run clicked at the interactive moment. */
  firstRunMs: number;
}

async function coldLoadOnce(browser: Browser, url: string, needWorker: boolean): Promise<LoadSample> {
  const context = await freshContext(browser);
  try {
    await context.addInitScript(interactivePoll, { firstLine: FIRST_LINE, needWorker });
    const page = await context.newPage();
    const finished: Promise<{ end: number; bytes: number }>[] = [];
    const track = (req: import('@playwright/test').Request) => {
      finished.push(
        req.sizes().then((s) => {
          const t = req.timing();
          return { end: t.startTime + t.responseEnd, bytes: s.responseBodySize + s.responseHeadersSize };
        }),
      );
    };
    context.on('requestfinished', track);
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as unknown as { __benchInteractiveAt?: number }).__benchInteractiveAt,
      null,
      {
        timeout: 60_000,
        polling: 100,
      },
    );
    const ms = (await handle.jsonValue()) as number;
    const origin = await page.evaluate(() => performance.timeOrigin);
    // Responses that ended before the interactive moment may still be on their way to us.
    await page.waitForTimeout(400);
    context.off('requestfinished', track);
    const ended = (await Promise.all(finished)).filter((r) => r.end <= origin + ms + 1);
    const firstRunMs = needWorker
      ? ((await (
          await page.waitForFunction(
            () => (window as unknown as { __benchFirstRunAt?: number }).__benchFirstRunAt,
            null,
            {
              timeout: 60_000,
              polling: 100,
            },
          )
        ).jsonValue()) as number)
      : NaN;
    return { ms, bytes: ended.reduce((n, r) => n + r.bytes, 0), requests: ended.length, firstRunMs };
  } finally {
    await context.close();
  }
}

export interface ColdLoadResult {
  /** The same figures for BENCH_BEFORE_DIST, when given. */
  before?: { ratio: Stats; bytesRatio: Stats; appMs: Stats; appKB: Stats; firstRunMs: Stats };
  ratio: Stats;
  /** The geometric mean of the same per-pair ratios, with its 95% interval. */
  ratioInterval: RatioInterval;
  bytesRatio: Stats;
  appMs: Stats;
  bareMs: Stats;
  appKB: Stats;
  bareKB: Stats;
  firstRunMs: Stats;
}

async function coldLoad(browser: Browser, rounds: number): Promise<ColdLoadResult> {
  const app: LoadSample[] = [];
  const bare: LoadSample[] = [];
  const before: LoadSample[] = [];
  // One discarded pair warms the servers' file caches.
  await coldLoadOnce(browser, `http://127.0.0.1:${APP_PORT}/`, true);
  await coldLoadOnce(browser, `http://127.0.0.1:${BARE_PORT}/`, false);
  for (let i = 0; i < rounds; i++) {
    // Alternate which page goes first, so neither always follows the other.
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) {
      if (which === 'app') app.push(await coldLoadOnce(browser, `http://127.0.0.1:${APP_PORT}/`, true));
      else bare.push(await coldLoadOnce(browser, `http://127.0.0.1:${BARE_PORT}/`, false));
    }
    if (BEFORE_PORT) before.push(await coldLoadOnce(browser, `http://127.0.0.1:${BEFORE_PORT}/`, true));
  }
  const ratios = app.map((a, i) => a.ms / bare[i].ms);
  return {
    ...(BEFORE_PORT && {
      before: {
        ratio: stats(before.map((a, i) => a.ms / bare[i].ms)),
        bytesRatio: stats(before.map((a, i) => a.bytes / bare[i].bytes)),
        appMs: stats(before.map((a) => a.ms)),
        appKB: stats(before.map((a) => a.bytes / 1024)),
        firstRunMs: stats(before.map((a) => a.firstRunMs)),
      },
    }),
    ratio: stats(ratios),
    ratioInterval: ratioInterval(ratios),
    bytesRatio: stats(app.map((a, i) => a.bytes / bare[i].bytes)),
    appMs: stats(app.map((a) => a.ms)),
    bareMs: stats(bare.map((b) => b.ms)),
    appKB: stats(app.map((a) => a.bytes / 1024)),
    bareKB: stats(bare.map((b) => b.bytes / 1024)),
    firstRunMs: stats(app.map((a) => a.firstRunMs)),
  };
}

/** A share link to the playground lesson holding `code` (opens without running). */
function shareUrl(code: string, port = APP_PORT): string {
  const json = JSON.stringify({ l: '14-playground', c: code, s: { latencyMs: 20, jitterMs: 0, seed: 1 } });
  return `http://127.0.0.1:${port}/#v1/${lz.compressToEncodedURIComponent(json)}`;
}

/** `n` awaited queries in a loop: `n` operations on one context, each with its SQL. */
export function loopSnippet(n: number): string {
  return `// ${n} operations, one after the other.\nfor (let i = 0; i < ${n}; i++) {\n  await db.Orders.Where(o => o.CustomerId == i).ToListAsync();\n}\n`;
}

async function openReady(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.editorReady === 'true' &&
      performance.getEntriesByName('run-host-ready').length > 0,
    null,
    {
      timeout: 60_000,
      polling: 100,
    },
  );
  return page;
}

/**
 * Clicks Run in the page and resolves with the ms from the click to the first animation frame
 * after the timeline shows the new run (`data-run-seq` advanced and its lanes are in the DOM).
 */
function clickRunToDrawn(page: Page): Promise<number> {
  return clickRunToDrawnSplit(page).then((t) => t.drawn);
}

/** Same, plus when the run reached the page (`run-received`): the worker's share of the time. */
function clickRunToDrawnSplit(page: Page): Promise<{ drawn: number; received: number }> {
  return page.evaluate(
    () =>
      new Promise<{ drawn: number; received: number }>((resolve, reject) => {
        const card = document.querySelector<HTMLElement>('[data-testid=timeline]');
        const button = document.querySelector<HTMLButtonElement>('[data-testid=run]');
        if (!card || !button) return reject(new Error('no timeline or Run button'));
        const before = card.dataset.runSeq;
        const start = performance.now();
        const received = () => {
          const marks = performance.getEntriesByName('run-received').filter((m) => m.startTime >= start);
          return marks.length ? marks[0].startTime - start : NaN;
        };
        const poll = () => {
          const now = document.querySelector<HTMLElement>('[data-testid=timeline]');
          if (now && now.dataset.runSeq !== before && now.querySelector('.tl-lanes, .tl-empty')) {
            requestAnimationFrame(() => resolve({ drawn: performance.now() - start, received: received() }));
          } else if (performance.now() - start > 60_000)
            reject(new Error('the timeline was not drawn within 60 s'));
          else requestAnimationFrame(poll);
        };
        button.click();
        requestAnimationFrame(poll);
      }),
  );
}

/** rAF intervals (ms) over `ms` of real time, optionally calling `onFrame` in each frame. */
function recordFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        const deltas: number[] = [];
        let last = 0;
        const start = performance.now();
        const frame = (now: number) => {
          if (last) deltas.push(now - last);
          last = now;
          if (now - start < ms) requestAnimationFrame(frame);
          else resolve(deltas);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}

export interface TimelineResult {
  playP95Ms: Stats;
  scrubP95Ms: Stats;
  /** The frames that missed a vsync, pooled over the rounds: what the p95s flip on. */
  playLong: LongFrames;
  scrubLong: LongFrames;
  /** Elements in the page with the 500-operation run shown. */
  elements: number;
}

async function timeline500(browser: Browser, rounds: number, port = APP_PORT): Promise<TimelineResult> {
  const play: number[][] = [];
  const scrub: number[][] = [];
  let elements = 0;
  for (let i = 0; i < rounds; i++) {
    const context = await freshContext(browser);
    try {
      const page = await openReady(context, shareUrl(loopSnippet(500), port));
      await clickRunToDrawn(page);
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      // Playing: the run starts playing by itself after Run.
      await recordFrames(page, 300); // let the first frames after the draw settle
      play.push(await recordFrames(page, 3000));
      // Scrubbing: drag the mouse along the axis (pressing on it pauses), one move after another.
      const track = await page.locator('.tl-axis-track').boundingBox();
      if (!track) throw new Error('no axis track');
      const y = track.y + track.height / 2;
      await page.mouse.move(track.x + 2, y);
      await page.mouse.down();
      const frames = recordFrames(page, 3000);
      const end = Date.now() + 3000;
      let k = 0;
      while (Date.now() < end) {
        const f = (k++ % 60) / 59;
        const x = track.x + 2 + (track.width - 4) * (k % 120 < 60 ? f : 1 - f);
        await page.mouse.move(x, y);
      }
      scrub.push(await frames);
      await page.mouse.up();
    } finally {
      await context.close();
    }
  }
  return {
    playP95Ms: stats(play.map(p95)),
    scrubP95Ms: stats(scrub.map(p95)),
    playLong: longFrames(play),
    scrubLong: longFrames(scrub),
    elements,
  };
}

async function timeline5000(browser: Browser, rounds: number, port = APP_PORT): Promise<BigRunResult> {
  const context = await freshContext(browser);
  try {
    const page = await openReady(context, shareUrl(loopSnippet(5000), port));
    const times: number[] = [];
    const received: number[] = [];
    let elements = 0;
    for (let i = 0; i < rounds; i++) {
      const t = await clickRunToDrawnSplit(page);
      times.push(t.drawn);
      if (Number.isFinite(t.received)) received.push(t.received);
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    }
    return {
      clickToDrawnMs: stats(times),
      runReceivedMs: stats(received),
      drawAfterReceivedMs: stats(times.map((t, i) => t - (received[i] ?? NaN)).filter(Number.isFinite)),
      elements,
    };
  } finally {
    await context.close();
  }
}

async function warmRun(
  browser: Browser,
  rounds: number,
): Promise<{ maxMs: number; medianMs: number; perLesson: Record<string, Stats> }> {
  const context = await freshContext(browser, { reducedMotion: 'reduce' });
  try {
    const page = await openReady(context, `http://127.0.0.1:${APP_PORT}/`);
    const links = page.getByTestId('lesson-link');
    const count = await links.count();
    const perLesson: Record<string, Stats> = {};
    const all: number[] = [];
    for (let i = 0; i < count; i++) {
      await links.nth(i).click();
      const id = await page.waitForFunction(
        (prev) => {
          const id = window.__playground?.lessonId();
          return id && id !== prev ? id : null;
        },
        i === 0 ? '' : (Object.keys(perLesson).at(-1) ?? ''),
      );
      const lesson = (await id.jsonValue()) as string;
      await clickRunToDrawn(page); // warm-up: this lesson's model and code
      const times: number[] = [];
      for (let r = 0; r < rounds; r++) times.push(await clickRunToDrawn(page));
      perLesson[lesson] = stats(times);
      all.push(...times);
    }
    const medians = Object.values(perLesson).map((s) => s.median);
    return { maxMs: Math.max(...medians), medianMs: stats(all).median, perLesson };
  } finally {
    await context.close();
  }
}

/** Run click → drawn, and its split: until the run reached the page (worker), then drawing it. */
export interface BigRunResult {
  clickToDrawnMs: Stats;
  runReceivedMs: Stats;
  drawAfterReceivedMs: Stats;
  elements: number;
}

export interface BrowserBenchResult {
  /** Timeline figures of BENCH_BEFORE_DIST, when given. */
  before?: { timeline500: TimelineResult; timeline5000: BigRunResult };
  coldLoad: ColdLoadResult;
  timeline500: TimelineResult;
  timeline5000: BigRunResult;
  warmRun: { maxMs: number; medianMs: number; perLesson: Record<string, Stats> };
}

const SKIPPED: Stats = { median: NaN, min: NaN, max: NaN, p25: NaN, p75: NaN, n: 0 };
const SKIPPED_TIMELINE: TimelineResult = {
  playP95Ms: SKIPPED,
  scrubP95Ms: SKIPPED,
  playLong: longFrames([]),
  scrubLong: longFrames([]),
  elements: 0,
};

/** `only`: the sections to run (for a quick look at one figure); all of them by default. */
export async function runBrowserBench(options: {
  coldRounds: number;
  timelineRounds: number;
  bigRounds: number;
  warmRounds: number;
  only?: string[];
}): Promise<BrowserBenchResult> {
  const wanted = (name: string) => !options.only || options.only.includes(name);
  const servers = await servePages();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ],
    });
    const cold = wanted('coldLoad')
      ? await coldLoad(browser, options.coldRounds)
      : {
          ratio: SKIPPED,
          ratioInterval: ratioInterval([]),
          bytesRatio: SKIPPED,
          appMs: SKIPPED,
          bareMs: SKIPPED,
          appKB: SKIPPED,
          bareKB: SKIPPED,
          firstRunMs: SKIPPED,
        };
    const t500 = wanted('timeline500')
      ? await timeline500(browser, options.timelineRounds)
      : SKIPPED_TIMELINE;
    const t5000 = wanted('timeline5000')
      ? await timeline5000(browser, options.bigRounds)
      : { clickToDrawnMs: SKIPPED, runReceivedMs: SKIPPED, drawAfterReceivedMs: SKIPPED, elements: 0 };
    const warm = wanted('warmRun')
      ? await warmRun(browser, options.warmRounds)
      : { maxMs: NaN, medianMs: NaN, perLesson: {} };
    const before =
      BEFORE_PORT && (wanted('timeline500') || wanted('timeline5000'))
        ? {
            timeline500: wanted('timeline500')
              ? await timeline500(browser, options.timelineRounds, BEFORE_PORT)
              : SKIPPED_TIMELINE,
            timeline5000: wanted('timeline5000')
              ? await timeline5000(browser, options.bigRounds, BEFORE_PORT)
              : {
                  clickToDrawnMs: SKIPPED,
                  runReceivedMs: SKIPPED,
                  drawAfterReceivedMs: SKIPPED,
                  elements: 0,
                },
          }
        : undefined;
    return {
      coldLoad: cold,
      timeline500: t500,
      timeline5000: t5000,
      warmRun: warm,
      ...(before && { before }),
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
