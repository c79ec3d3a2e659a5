/**
 * The C# front end's verdict on a buffer without running it, for the editor's markers as you
 * type: syntax errors and constructs outside the subset, on their C# lines. Loads the front end
 * (tree-sitter) on first use, in its own chunk, as the run worker does: only a C# learner pays.
 */
import type { Diagnostic } from './types.ts';

export async function checkCsharp(source: string): Promise<Diagnostic[]> {
  const { lowerInBrowser } = await import('../csharp/browser.ts');
  return (await lowerInBrowser(source)).diagnostics;
}
