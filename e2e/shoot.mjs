// Ad-hoc screenshots for looking at the UI (not a test): node e2e/shoot.mjs [baseURL] [outDir]
// Takes the main states at 1280×800 and 1920×1080, light and dark.
/* global document */
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4180/';
const out = process.argv[3] ?? '/tmp/shots';
const lesson = process.env.LESSON ?? '02-parallel-dashboard';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ],
});
for (const [w, h] of [
  [1280, 800],
  [1920, 1080],
]) {
  for (const scheme of ['light', 'dark']) {
    if (process.env.ONLY && process.env.ONLY !== `${w}-${scheme}`) continue;
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('pageerror', String(e)));
    page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    await page.goto(base);
    await page.locator(`[data-testid=lesson-link][data-lesson="${lesson}"]`).click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${w}-${scheme}-1-start.png` });
    await page.getByTestId('predict-option').nth(1).click();
    await page.getByTestId('run').click();
    await page.waitForSelector('[data-testid=timeline-op]', { timeout: 30000 });
    await page.waitForTimeout(Number(process.env.MID ?? 900));
    await page.screenshot({ path: `${out}/${w}-${scheme}-2-playing.png` });
    await page.waitForFunction(
      () => document.querySelector('[data-testid=play]')?.getAttribute('aria-label') === 'Play',
      null,
      { timeout: 30000 },
    );
    await page.screenshot({ path: `${out}/${w}-${scheme}-3-end.png` });
    const bar = page.getByTestId('timeline-op').first();
    await bar.hover();
    await page.screenshot({ path: `${out}/${w}-${scheme}-4-hover.png` });
    await ctx.close();
  }
}
await browser.close();
