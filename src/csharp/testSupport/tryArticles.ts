/**
 * Tries every C# block of the reference articles through the C# front end and the simulator
 * (articleBlocks.ts extracts them, articlePrograms.ts wraps them) and says, per block, whether it
 * runs and what happened, or why not (the front end's first diagnostic, on the block's own line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extractBlocks, type ArticleBlock } from './articleBlocks.ts';
import { articleProgram } from './articlePrograms.ts';
import { lower, runTs } from './runCSharp.ts';

export const SEEDS_DIR = process.env.SEEDS_DIR ?? '/work/shared/seeds';

export interface ArticleResult {
  block: ArticleBlock;
  runs: boolean;
  /** What the run did (`ok`, `throws InvalidOperationException at block line 9`), or why it does not run. */
  detail: string;
  notes: string[];
}

export function articleBlocks(dir: string = SEEDS_DIR): ArticleBlock[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.*\.txt$/.test(f))
    .sort()
    .flatMap((f) => extractBlocks(f, readFileSync(`${dir}/${f}`, 'utf8')));
}

export async function tryArticleBlock(block: ArticleBlock): Promise<ArticleResult> {
  const program = articleProgram(block.code);
  if ('notRun' in program) return { block, runs: false, detail: program.notRun, notes: [] };
  const { notes, offset } = program;
  const blockLine = (line: number | null | undefined) => (line ? line - offset : '?');
  const lowered = await lower(program.code);
  const error = lowered.diagnostics.find((d) => d.severity === 'error');
  if (error) return { block, runs: false, detail: `line ${blockLine(error.line)}: ${error.message}`, notes };
  const run = await runTs(lowered.code);
  if (
    run.outcome === 'stopped' ||
    run.exception?.type === 'NotSupportedException' ||
    run.diagnostics.some((d) => d.severity === 'error')
  )
    return {
      block,
      runs: false,
      detail: `stopped: ${run.stopReason ?? run.exception?.message ?? ''}`,
      notes,
    };
  const e = run.exception;
  // A JavaScript error is the front end letting through a name the playground does not have.
  if (e && ['ReferenceError', 'TypeError', 'SyntaxError'].includes(e.type))
    return {
      block,
      runs: false,
      detail: `line ${blockLine(e.line)}: not a name the playground has (${e.type}: ${e.message})`,
      notes,
    };
  // A query on a member the article's model has and the playground's does not (`o.UserId`): real
  // C# would not compile it; the simulator, like EF Core, cannot translate it. Not the article's point.
  const member = e?.message.match(
    /^The LINQ expression '[\s\S]*?\b\w+ => \w+\.(\w+)[\s\S]*could not be translated/,
  );
  if (e && member)
    return {
      block,
      runs: false,
      detail: `line ${blockLine(e.line)}: the article's model has \`${member[1]}\`, the playground's does not (the query cannot be translated)`,
      notes,
    };
  const detail = e ? `throws ${e.type} at block line ${blockLine(e.line)}` : 'completes';
  return { block, runs: true, detail, notes };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table of conformance/ARTICLES.md (between its markers), one row per block. */
export function articlesTable(results: ArticleResult[]): string {
  const rows = results.map(({ block, runs, detail, notes }) => {
    const first = block.code.split('\n').find((l) => l.trim() && !l.trim().startsWith('//')) ?? '';
    return `| ${block.file} | ${block.index} (line ${block.line}) | \`${cell(first.trim().slice(0, 70))}\` | ${runs ? '**runs**' : 'does not run'}: ${cell(detail)} | ${cell(notes.join('; '))} |`;
  });
  return ['| file | block | first line | runs? | wrapping |', '|---|---|---|---|---|', ...rows].join('\n');
}
