// Editor behaviours: Reset is undoable, Ctrl+Enter runs, a runaway run is stopped and the next
// one starts fresh, a full localStorage is reported without losing the code, the theme toggles.
import { test, expect } from '@playwright/test';
import { LESSON, Playground, watchNetwork } from './playground.ts';

test('reset is undoable, Ctrl+Enter runs, a runaway run is stopped and reported', async ({ page }, info) => {
  test.setTimeout(120_000);
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  const starter = await app.code();

  await app.typeAtEnd('\n// scratch');
  await expect.poll(() => app.code()).toContain('// scratch');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => app.code()).toBe(starter);
  // Reset leaves the focus in the editor, where Ctrl+Z undoes it.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => app.code()).toContain('// scratch');

  // A loop that never yields: stopped, reported, and the next run works.
  await app.focusEditor();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('let i = 0;\nwhile (true) { i++; }\n');
  await expect.poll(() => app.code()).toContain('while (true)');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('exception')).toContainText('Run stopped', { timeout: 30_000 });
  await expect(page.getByTestId('exception')).toContainText('infinite loop');
  await app.shot('08-runaway-stopped');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => app.code()).toBe(starter);
  await app.run();
  await expect(page.getByTestId('exception')).toContainText('InvalidOperationException');
  expect(net.foreign).toEqual([]);
  expect(net.errors).toEqual([]);
});

test('a full localStorage is reported and nothing typed is lost', async ({ page }, info) => {
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await page.evaluate(() => {
    // Fill every byte: big chunks first, then smaller ones down to a single character.
    let i = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await app.typeAtEnd('\n// typed while storage is full');
  await expect(page.getByTestId('storage-error')).toContainText('storage for this site is full');
  await expect.poll(() => app.code()).toContain('// typed while storage is full');
  await app.shot('09-storage-full');
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await page.keyboard.type(' (saved)');
  await expect(page.getByTestId('storage-error')).toHaveCount(0);
  await page.reload();
  await app.editorReady();
  expect(await app.code()).toContain('// typed while storage is full (saved)');
});

test('the theme follows the system and the toggle overrides it', async ({ page }, info) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new Playground(page, info);
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // system → light
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
