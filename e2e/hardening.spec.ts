// Every run isolated and bounded in the app (DESIGN.md §9): the page and its run worker are
// served with a self-only Content-Security-Policy that nothing violates; a snippet that attacks
// its realm changes nothing a later run sees; runs that would never end are stopped and named.
import { test, expect, type Page } from '@playwright/test';
import { LESSON, Playground, watchNetwork } from './playground.ts';
import { OBSERVE_THEN_VANDALISE, OBSERVER, VANDAL } from '../src/runner/realm/isolationSnippets.ts';
import { BROWSER_GENERATORS, GENERATORS, n, PROBE, prng } from '../src/runner/testSupport/hostileSnippets.ts';
import { stopKind } from '../src/runner/stopKind.ts';

/** Collects the page's CSP violations and the console's "Refused to …" reports. */
function watchPolicy(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return violations;
}

function batch(page: Page, code: string, count = 1) {
  return page.evaluate(
    ({ code, count, lesson }) =>
      window.__playground!.runBatch({ lesson, count, code }).then((r) => r.summary),
    { code, count, lesson: LESSON },
  );
}

test('the page and its run worker are served with a self-only Content-Security-Policy that nothing violates', async ({
  page,
}, info) => {
  const policies = new Map<string, string | undefined>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/' || /runWorkerBoot-.*\.js$/.test(path))
      policies.set(path === '/' ? 'page' : 'run worker', r.headers()['content-security-policy']);
  });
  const violations = watchPolicy(page);
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.run();
  await expect(page.getByTestId('exception')).toContainText('InvalidOperationException');
  expect(policies.get('page')).toMatch(/^default-src 'self'; script-src 'self'; /);
  expect(policies.get('run worker')).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
  expect(violations).toEqual([]);
  expect(net.foreign).toEqual([]);
  expect(net.errors).toEqual([]);
});

test('a snippet that attacks its realm changes nothing a later run, or a later seed, sees', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.run();
  const before = await app.runOutline();

  // The vandal also posts a forged reply and replaces the worker's message handler, if it can.
  expect(await batch(page, VANDAL)).toMatchObject({ runs: 1, failures: 0 });
  expect(await batch(page, OBSERVER)).toMatchObject({ runs: 1, failures: 0 });
  expect(await batch(page, OBSERVE_THEN_VANDALISE, 3)).toMatchObject({ runs: 3, failures: 0 });

  await app.run();
  expect(await app.runOutline()).toEqual(before);
  expect(net.foreign).toEqual([]);
  expect(net.errors).toEqual([]);
});

test('runs that would never end are stopped with the limit named, and the next run works', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  const exception = page.getByTestId('exception');

  for (const [code, limit] of [
    ['for (;;) await Task.Delay(0);\n', 'the step cap'],
    ['for (let i = 0; ; i++) console.log(i);\n', 'the console cap'],
    [
      "const s = /(a+)+$/;\nconsole.log(s.test('a'.repeat(40) + '!'));\n",
      'of real time, so its worker was restarted',
    ],
  ] as const) {
    await app.setCode(code);
    await app.run();
    await expect(exception).toContainText('Run stopped');
    await expect(exception).toContainText(limit);
  }
  await page.getByRole('button', { name: 'Reset' }).click();
  await app.run();
  await expect(exception).toContainText('InvalidOperationException');
});

test('a 5 MB snippet runs like a small one (it failed with a RangeError at an unknown line)', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  const code = `const big = "${'y'.repeat(5_000_000)}";\nconsole.log(big.length);\n`;
  await page.evaluate((c) => window.__playground!.setCode(c), code);
  await expect.poll(() => page.evaluate(() => window.__playground!.code().length)).toBe(code.length);
  await app.run();
  await expect
    .poll(() => page.evaluate(() => window.__playground!.runOutline()?.outcome), { timeout: 60_000 })
    .toBe('ok');
  await expect(page.getByTestId('exception')).not.toContainText('RangeError');
});

test('fuzz: generated hostile snippets in the run worker each end in a named outcome and leave nothing behind', async ({
  browser,
}, info) => {
  test.setTimeout(600_000);
  const probeIn = async (page: Page) => page.evaluate((code) => window.__playground!.runOnce(code), PROBE);
  // The probe in a fresh page: the reference every later probe must equal, byte for byte.
  const fresh = await browser.newPage();
  await new Playground(fresh, info).open();
  const reference = (await probeIn(fresh)).trace;
  await fresh.close();

  const page = await browser.newPage();
  const net = watchNetwork(page);
  await new Playground(page, info).open();
  const r = prng(11);
  const outcomes: string[] = [];
  const leaks: string[] = [];
  for (const kind of BROWSER_GENERATORS) {
    const code = GENERATORS[kind](r);
    const run = await page.evaluate(
      ([c, seed]) => window.__playground!.runOnce(c as string, seed as number),
      [code, n(r, 1000)],
    );
    const named =
      run.outcome === 'stopped'
        ? `stopped:${stopKind({ outcome: 'stopped', stopReason: run.stopReason })}`
        : run.outcome;
    outcomes.push(`${kind} → ${named}`);
    if ((await probeIn(page)).trace !== reference) leaks.push(`${kind}: ${code.slice(0, 80)}`);
  }
  console.info(`browser fuzz: ${outcomes.length} inputs, ${leaks.length} leaks\n  ${outcomes.join('\n  ')}`);
  expect(outcomes.filter((o) => /stopped:(crashed|simulator-error|startup)/.test(o))).toEqual([]);
  expect(leaks).toEqual([]);
  expect(net.foreign).toEqual([]);
  await page.close();
});
