/**
 * The browser half of `npm run bench`: batch throughput and memory in the run worker.
 *
 * Serves the production build (`vite preview --port 4190`, so `dist/` must be fresh: `npm run
 * build`), drives Debian Chromium, and runs lesson 02's starter through the page's own worker
 * host via the test API (`window.__playground.runBatch`). The worker's heap is read over CDP on
 * the worker target (`HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`) before and after
 * a 1000-run batch: it stays flat only if every run's database is closed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession } from '@playwright/test';

export const WORKER_BENCH_PORT = 4190;
const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LESSON = '02-parallel-dashboard';

/** The part of the app's test API (src/state/testApi.ts) the benchmark uses. */
interface TestApi {
  runBatch(options: { lesson: string; count: number; settings?: { jitterMs?: number } }): Promise<{
    summary: { runs: number; failureRate: number };
    ms: number;
  }>;
}

export interface WorkerBenchResult {
  snippet: string;
  runsPerSecond: number;
  runs: number;
  failureRate: number;
  /** The worker's JS heap (`usedSize`) and array-buffer backing stores, after a forced GC. */
  heap: {
    beforeMb: number;
    afterMb: number;
    deltaMb: number;
    backingBeforeMb: number;
    backingAfterMb: number;
    runs: number;
  };
}

/** node:http, not fetch: 4190 is on the Fetch standard's list of blocked ports. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

/** A CDP channel to the page's worker (attached through the browser session, non-flattened). */
type Send = (method: string, params?: object) => Promise<Record<string, unknown>>;

async function workerChannel(browser: Browser): Promise<Send> {
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { type: string; targetId: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes('runWorker'));
  if (!target) throw new Error('The run worker is not running');
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };
  let nextId = 0;
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result ?? {});
    if (reply.id !== undefined) pending.delete(reply.id);
  });
  return (method, params = {}) =>
    new Promise((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      void session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
}

export async function runWorkerBench(): Promise<WorkerBenchResult | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!existsSync(join(ROOT, 'dist/index.html')))
    return { skipped: 'no production build (run `npm run build` first)' };
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    server = spawn(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(WORKER_BENCH_PORT),
        '--strictPort',
      ],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    const base = `http://127.0.0.1:${WORKER_BENCH_PORT}/`;
    await waitForServer(base, 30_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
        // Chromium refuses 4190 (a "restricted" port, like fetch) unless told otherwise.
        `--explicitly-allowed-ports=${WORKER_BENCH_PORT}`,
      ],
    });
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForFunction(
      () => !!(window as unknown as { __playground?: TestApi }).__playground?.runBatch,
    );
    const batch = (count: number) =>
      page.evaluate(
        ({ lesson, count }) =>
          (window as unknown as { __playground: TestApi }).__playground.runBatch({
            lesson,
            count,
            settings: { jitterMs: 10 },
          }),
        { lesson: LESSON, count },
      );
    await batch(50); // warm: the worker, sql.js, the transpiler and the JIT
    const send = await workerChannel(browser);
    const heap = async () => {
      await send('HeapProfiler.collectGarbage');
      const usage = (await send('Runtime.getHeapUsage')) as {
        usedSize?: number;
        backingStorageSize?: number;
      };
      return usage;
    };
    const mb = (bytes: number | undefined) => round((bytes ?? 0) / 1024 / 1024);
    const before = await heap();
    const { summary, ms } = await batch(1000);
    const after = await heap();
    return {
      snippet: 'lesson 02 starter, jitter 10 ms, in the Web Worker (Chromium)',
      runsPerSecond: round(summary.runs / (ms / 1000)),
      runs: summary.runs,
      failureRate: summary.failureRate,
      heap: {
        beforeMb: mb(before.usedSize),
        afterMb: mb(after.usedSize),
        deltaMb: round(mb(after.usedSize) - mb(before.usedSize)),
        backingBeforeMb: mb(before.backingStorageSize),
        backingAfterMb: mb(after.backingStorageSize),
        runs: summary.runs,
      },
    };
  } finally {
    await browser?.close();
    server?.kill();
  }
}

function round(n: number, digits = 2): number {
  return Number(n.toFixed(digits));
}
