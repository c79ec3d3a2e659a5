/**
 * C# as the learner's language: chosen once on the first visit, edited and run in the editor
 * (the collision on its C# line, the goals met by the C# solution), kept across a reload, and
 * carried by a share link.
 */
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { expect, test } from '@playwright/test';
import { Playground, watchNetwork } from './playground.ts';

const LESSON = '02-parallel-dashboard';
const starter = readFileSync(`lessons/${LESSON}/starter.cs`, 'utf8');

test('choose C#, edit and run it: markers as you type, the collision on its C# line, the goals; a reload keeps the edit', async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open();
  await expect(page.getByTestId('language-prompt')).toBeVisible();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.shot('csharp-ui-01-language-prompt');
  await app.chooseLanguage('csharp');
  await app.editorReady();
  await expect.poll(() => app.code()).toBe(starter);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${LESSON}/starter\\.cs$`));

  // A construct outside the subset is marked on its line while typing, before any run.
  await app.typeAtEnd('\nvar id = Guid.NewGuid();');
  const outside = starter.split('\n').length + 1;
  await expect
    .poll(async () =>
      (await app.markers())?.filter((m) => m.owner === 'csharp' && m.severity === 'error').map((m) => m.line),
    )
    .toEqual([outside]);
  // An unknown member of the context is a warning on its line.
  await app.setCode(`${starter}var n = await db.Orderz.CountAsync();\n`);
  await expect
    .poll(async () =>
      (await app.markers())?.filter((m) => m.owner === 'csharp').map((m) => `${m.severity}@${m.line}`),
    )
    .toEqual([`warning@${outside - 1}`]);
  // Completions for the playground's API: the lesson's DbSets after `db.`.
  await page.keyboard.type('\ndb.');
  await expect(page.locator('.suggest-widget')).toContainText('Orders');
  await page.keyboard.press('Escape');
  await app.setCode(starter);
  await expect.poll(async () => (await app.markers())?.filter((m) => m.owner === 'csharp')).toEqual([]);
  // The lesson's ASP.NET wiring is beside it, read-only.
  await page.getByTestId('program-cs-tab').click();
  await expect(page.getByTestId('program-cs-view')).toContainText('AddDbContextFactory');
  await page.getByTestId('cs-tab').click();
  await expect(page.getByTestId('program-cs-view')).toHaveCount(0);

  await app.runToResult();
  expect((await app.runOutline())?.exception).toBe('InvalidOperationException@6');
  await expect(page.getByTestId('exception')).toContainText('line 6');
  await expect
    .poll(async () => (await app.markers())?.filter((m) => m.owner === 'run').map((m) => m.line))
    .toContain(6);
  await expect(page.getByTestId('goals')).toHaveAttribute('data-all-met', 'false');
  await app.shot('csharp-ui-02-lesson-02-run');

  // The solutions are the C# twins: apply one, run it, the goals are met and the lesson is ticked.
  const solution = readFileSync(`lessons/${LESSON}/solution-factory.cs`, 'utf8');
  await page.getByTestId('solution-select').selectOption('solution-factory');
  await expect(page.getByTestId('solution-diff')).toBeVisible();
  await page.getByTestId('apply-solution').click();
  await expect.poll(() => app.code()).toBe(solution);
  await app.runToResult();
  await expect(page.getByTestId('goals')).toHaveAttribute('data-all-met', 'true');
  await expect(app.lesson(LESSON)).toHaveAttribute('data-status', 'done');

  await app.typeAtEnd('\n// mine');
  await page.reload();
  await app.editorReady();
  await expect(page.getByTestId('language-prompt')).toHaveCount(0);
  await expect(page.getByTestId('editor')).toHaveAttribute('data-language', 'csharp');
  await expect.poll(() => app.code()).toBe(`${solution}\n// mine`);
  // The TypeScript buffer is its own: still the starter.
  await app.chooseLanguage('typescript');
  await expect.poll(() => app.code()).toBe(readFileSync(`lessons/${LESSON}/starter.ts`, 'utf8'));
  // Nothing failed on the way (C# on the page's main thread would: its CSP allows no WebAssembly there).
  expect(net.errors).toEqual([]);
});

test('a share link of C# code opens in C# and runs the same', async ({ page }, info) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new Playground(page, info);
  const shared = `${starter.trimEnd()}\n// shared by a colleague\n`;
  const json = JSON.stringify({
    l: LESSON,
    c: shared,
    s: { latencyMs: 30, jitterMs: 0, seed: 1 },
    g: 'csharp',
  });
  await app.open(`/#v1/${LZString.compressToEncodedURIComponent(json)}`);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(page.getByTestId('language-prompt')).toHaveCount(0);
  await expect(page.getByTestId('editor')).toHaveAttribute('data-language', 'csharp');
  await expect.poll(() => app.code()).toBe(shared);
  await app.editorReady();
  await app.runToResult();
  expect((await app.runOutline())?.exception).toBe('InvalidOperationException@6');
  await app.shot('csharp-ui-03-shared-1024-dark');
});
