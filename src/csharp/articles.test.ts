/**
 * The reference articles' C# blocks (conformance/ARTICLES.md): the ones that run keep running with
 * the same outcome, and the table matches a fresh run. The articles live outside the repository
 * (/work/shared/seeds, or SEEDS_DIR); without them there is nothing to check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLES_MD, withTable } from './testSupport/articlesTable.ts';
import {
  articleBlocks,
  articlesTable,
  SEEDS_DIR,
  tryArticleBlock,
  type ArticleResult,
} from './testSupport/tryArticles.ts';

/** `file-prefix#index` → what the run does. */
const RUNNING: Record<string, string> = {
  '000#1': 'throws InvalidOperationException at block line 7', // Task.WhenAll over one context
  '000#3': 'completes', // sequential awaits
  '000#5': 'completes', // a scope per Parallel.ForEachAsync iteration
  '001#1': 'throws InvalidOperationException at block line 9', // the dashboard on one context
  '001#2': 'completes', // the dashboard, sequential
  '001#4': 'completes', // the dashboard, a context per task from the factory
  '004#4': 'completes', // detach the local instance, then Update
};

describe.skipIf(!existsSync(SEEDS_DIR))('the reference articles’ C# blocks', () => {
  const results: ArticleResult[] = [];

  it('the blocks that use only the subset run, with the article’s outcome', async () => {
    for (const block of articleBlocks()) results.push(await tryArticleBlock(block));
    const running = Object.fromEntries(
      results.filter((r) => r.runs).map((r) => [`${r.block.file.slice(0, 3)}#${r.block.index}`, r.detail]),
    );
    expect(running).toEqual(RUNNING);
  }, 60_000);

  it('conformance/ARTICLES.md is the table of a fresh run', () => {
    const markdown = readFileSync(ARTICLES_MD, 'utf8');
    // Prettier may align the table's columns: compare cells, not padding.
    const cells = (text: string) =>
      text
        .split('\n')
        .map((l) => (l.startsWith('|') ? l.replace(/\s*\|\s*/g, '|').replace(/-{3,}/g, '---') : l));
    expect(cells(markdown)).toEqual(cells(withTable(markdown, articlesTable(results))));
  });
});
