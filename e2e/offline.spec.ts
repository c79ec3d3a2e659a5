// Offline (issue 13): after one online visit the service worker has precached the build, and a
// reload with the network off opens the app, shows the lesson, and runs it. Also: the web app
// manifest is valid, and the precache holds what a TypeScript learner needs but not the C# front
// end. Other specs block service workers (playwright.config.ts); this one allows them.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { LESSON, Playground } from './playground.ts';

test.use({ serviceWorkers: 'allow' });

/** The URLs the service worker precaches (Workbox's manifest inlined in sw.js). */
async function precached(request: APIRequestContext): Promise<string[]> {
  const sw = await (await request.get('/sw.js')).text();
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): string {
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

/** Waits until the service worker has precached the build and controls the page. */
async function controlled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 90_000 })
    .toBe('activated');
}

/** Runs the lesson's C# starter three times on the run worker; the exceptions it threw. */
function runCsharp(page: Page) {
  const code = readFileSync(`lessons/${LESSON}/starter.cs`, 'utf8');
  return page.evaluate(
    async ({ lesson, code }) => {
      // runBatch takes a language (src/state/testApi.ts); e2e/playground.ts's type predates it.
      const api = window.__playground as unknown as {
        runBatch(o: object): Promise<{ summary: { byException: { type: string; count: number }[] } }>;
      };
      return (await api.runBatch({ lesson, code, count: 3, language: 'csharp' })).summary.byException;
    },
    { lesson: LESSON, code },
  );
}

test('after one online visit, the app opens and runs with the network off', async ({
  page,
  context,
}, info) => {
  const app = new Playground(page, info);
  await app.open(`/#/lesson/${LESSON}`);
  await app.editorReady();
  // The worker registers once the app is interactive, precaches the build, then claims the page.
  await controlled(page);

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => app.lessonId()).toBe(LESSON);
  await app.editorReady();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await app.runToResult();
  const exception = page.getByTestId('exception');
  await expect(exception).toContainText('InvalidOperationException');
  await expect(exception).toContainText('A second operation was started on this context instance');
  await expect(page.getByTestId('timeline').getByTestId('timeline-collision').first()).toBeVisible();
  // Everything came from the cache: nothing tried the network and failed.
  expect(failed).toEqual([]);
  await app.shot('offline-run');
});

test('the web app manifest is valid and the precache holds the build but not the C# front end', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href!, page.url()).pathname)).json();
  expect(manifest).toMatchObject({ name: 'DbContext Playground', start_url: './', display: 'standalone' });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.theme_color).toBe(await page.locator('meta[name=theme-color]').getAttribute('content'));
  // Installable in Chromium: a 192 and a 512 PNG; Android's adaptive icons: a maskable one.
  const pngs = manifest.icons.filter((i: { type: string }) => i.type === 'image/png');
  for (const icon of pngs) {
    const png = await request.get(icon.src);
    expect(png.ok()).toBe(true);
    expect(pngSize(await png.body())).toBe(icon.sizes);
  }
  expect(pngs.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);

  const urls = await precached(request);
  for (const needed of [
    /^index\.html$/,
    /^assets\/index-.*\.js$/,
    /^assets\/runWorker-.*\.js$/,
    /^assets\/ts\.worker-.*\.js$/,
  ])
    expect(
      urls.some((u) => needed.test(u)),
      String(needed),
    ).toBe(true);
  expect(urls.some((u) => /^assets\/sql-wasm.*\.wasm$/.test(u))).toBe(true);
  // A TypeScript learner never downloads the C# front end: cached on first use instead.
  expect(urls.filter((u) => /tree-sitter|\/browser-[^/]*\.js$/.test(u))).toEqual([]);
});

test('the worker starts after the app is interactive; the C# front end is cached on first use, then runs offline', async ({
  page,
  context,
}, info) => {
  // Every request, the service worker's precache included.
  const requested: string[] = [];
  let swRequestedAt = 0;
  context.on('request', (r) => {
    requested.push(r.url());
    if (r.url().endsWith('/sw.js')) swRequestedAt ||= Date.now();
  });
  const app = new Playground(page, info);
  await app.open(`/#/lesson/${LESSON}`);
  await app.editorReady();
  await controlled(page);
  // Registered (and so precaching) only once the app is interactive: the first screen's bytes are
  // the same as without a worker (bench/browser.ts's "interactive" is these two marks).
  const interactiveAt = await page.evaluate(
    () =>
      performance.timeOrigin +
      Math.max(
        ...['monaco-mounted', 'run-host-ready'].map((m) => performance.getEntriesByName(m)[0].startTime),
      ),
  );
  expect(swRequestedAt).toBeGreaterThan(interactiveAt);
  // The precache's requests are seen (the maskable icon is fetched by nothing else)…
  expect(requested.some((u) => u.endsWith('/icon-maskable-512.png'))).toBe(true);
  // …and none of them, nor the page's, is the C# front end's.
  expect(requested.filter((u) => /tree-sitter|\/browser-[^/]*\.js$/.test(u))).toEqual([]);

  // The first C# run downloads the front end through the worker, which keeps it.
  expect(await runCsharp(page)).toEqual([
    expect.objectContaining({ type: 'InvalidOperationException', count: 3 }),
  ]);
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await (await caches.open('csharp-front-end')).keys()).map((r) => r.url.replace(/.*\//, '')),
      ),
    )
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tree-sitter-c_sharp-.*\.wasm$/),
        expect.stringMatching(/^browser-.*\.js$/),
      ]),
    );

  await context.setOffline(true);
  await page.reload();
  await app.editorReady();
  expect(await runCsharp(page)).toEqual([
    expect.objectContaining({ type: 'InvalidOperationException', count: 3 }),
  ]);
});
