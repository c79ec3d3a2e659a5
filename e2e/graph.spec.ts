// Lesson 17 in Chromium: the starter's identity conflict names Order (it came through the
// customer's Orders navigation), and the SetValues fix saves one UPDATE of "CustomerId".
import { test, expect } from '@playwright/test';
import { Playground } from './playground.ts';

const LESSON = '17-graph-attach';

test('graph attach: the conflict through a navigation, then the SetValues fix', async ({ page }, info) => {
  test.setTimeout(120_000);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.run();

  const exception = page.getByTestId('exception');
  await expect(exception).toContainText("The instance of entity type 'Order' cannot be tracked");
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-testid=timeline-op][data-status=threw]')).toHaveCount(1);
  await expect(page.getByTestId('goals').locator('[data-met=false]')).not.toHaveCount(0);
  await app.shot('01-graph-conflict');

  await page.getByTestId('solution-select').selectOption('solution-set-values');
  await page.getByTestId('apply-solution').click();
  await expect.poll(() => app.code()).toContain('CurrentValues.SetValues(order)');
  await app.run();
  await expect(timeline.locator('[data-testid=timeline-op][data-status=threw]')).toHaveCount(0);
  await expect(page.getByTestId('goals').locator('[data-met=false]')).toHaveCount(0);
  expect((await app.runOutline())?.outcome).toBe('ok');
  await app.shot('02-set-values');
});
