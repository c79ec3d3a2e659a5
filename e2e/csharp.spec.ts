/**
 * C# in the browser: the run worker lowers C# with tree-sitter, loaded only when C# is run. A
 * learner who stays in TypeScript downloads none of it; a C# run gives the TypeScript run's result.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Playground, watchNetwork } from './playground.ts';

const LESSON = '02-parallel-dashboard';

/** The part of window.__playground this test uses (src/state/testApi.ts). */
interface BatchApi {
  runBatch(options: { lesson: string; count: number; code?: string; language?: 'csharp' }): Promise<{
    summary: {
      failures: number;
      outcomes: { stopped: number };
      byException: { type: string; line: number | null; count: number }[];
    };
  }>;
}

test('C# runs in the worker, and tree-sitter is loaded only then', async ({ page }, info) => {
  test.setTimeout(120_000);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const net = watchNetwork(page);
  const app = new Playground(page, info);
  await app.open();
  await app.pickLesson(LESSON);
  await app.editorReady();
  await app.run();
  await expect(page.getByTestId('exception')).toBeVisible();
  expect(requested.filter((u) => /tree-sitter|\/browser-[^/]*\.js$/.test(u))).toEqual([]);

  const code = readFileSync(`lessons/${LESSON}/starter.cs`, 'utf8');
  const result = await page.evaluate(
    ({ lesson, code }) =>
      (window.__playground as unknown as BatchApi).runBatch({ lesson, code, count: 3, language: 'csharp' }),
    { lesson: LESSON, code },
  );
  expect(result.summary.failures).toBe(3);
  expect(result.summary.byException).toEqual([{ type: 'InvalidOperationException', line: 6, count: 3 }]);
  expect(requested.some((u) => u.includes('tree-sitter-c_sharp'))).toBe(true);

  const bad = await page.evaluate(
    ({ lesson }) =>
      (window.__playground as unknown as BatchApi).runBatch({
        lesson,
        code: 'var x = 1;\nvar g = Guid.NewGuid();',
        count: 1,
        language: 'csharp',
      }),
    { lesson: LESSON },
  );
  expect(bad.summary.outcomes.stopped).toBe(1);
  expect(net.errors).toEqual([]);
});
