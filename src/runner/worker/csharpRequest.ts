/**
 * A C# run request (`language: 'csharp'`) in the worker: lowered to the TypeScript snippet by
 * the C# front end, loaded on first use (its own chunk: tree-sitter is never downloaded for
 * TypeScript). Errors outside the subset come back as a stopped Run with the diagnostics on the
 * C# lines, like a TypeScript syntax error. Lowerings are cached: a batch lowers once. A
 * `checkOnly` request (the editor's markers as you type) is lowered and answered, never run.
 */
import { withHostCapabilities } from '../realm/lockdown.ts';
import { stoppedRun, syntaxStopReason } from '../stoppedRun.ts';
import type { Diagnostic, Run, RunRequest } from '../types.ts';
import { CHECK_ONLY_REASON } from '../csharpCheck.ts';

const cache = new Map<string, { code: string; diagnostics: Diagnostic[] }>();

export async function prepareRequest(request: RunRequest): Promise<RunRequest | Run> {
  if (request.language !== 'csharp') return request;
  let lowered = cache.get(request.code);
  if (!lowered) {
    const code = request.code;
    // The first lowering loads tree-sitter's WebAssembly, which needs what the lockdown removed.
    lowered = await withHostCapabilities(async () => {
      const { lowerInBrowser } = await import('../../csharp/browser.ts');
      return lowerInBrowser(code);
    });
    cache.set(request.code, lowered);
    if (cache.size > 8) cache.delete(cache.keys().next().value as string);
  }
  const errors = lowered.diagnostics.filter((d) => d.severity === 'error');
  if (request.checkOnly) return stoppedRun(request.settings, CHECK_ONLY_REASON, lowered.diagnostics);
  if (errors.length) return stoppedRun(request.settings, syntaxStopReason(errors), errors);
  return { ...request, code: lowered.code, language: 'typescript', loweredFromCSharp: true };
}
