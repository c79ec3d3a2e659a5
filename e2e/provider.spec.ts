// The provider setting: lesson 2's starter collides on SQL Server and runs clean on SQLite, the
// timeline names the provider that ran, and a share link carries it.
import { test, expect } from '@playwright/test';
import { LESSON, Playground } from './playground.ts';

test('the provider changes what lesson 2 starter does, and the timeline says which one ran', async ({
  page,
}, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();

  await app.run();
  expect((await app.runOutline())!.exception).toBe('InvalidOperationException@6');
  await expect(page.getByTestId('run-provider')).toHaveText('SQL Server');

  await app.setProvider('sqlite');
  await app.run();
  const outline = (await app.runOutline())!;
  expect(outline.outcome).toBe('ok');
  expect(JSON.parse(outline.settings)).toMatchObject({ provider: 'sqlite' });
  await expect(page.getByTestId('run-provider')).toHaveText('SQLite');

  // Reloading keeps the choice with the other run settings.
  await page.reload();
  await expect(page.getByTestId('run')).toBeVisible();
  await page.getByTestId('run-settings-menu').click();
  await expect(page.getByTestId('provider-select')).toHaveValue('sqlite');
});
