/**
 * The C# front end's verdict on a buffer without running it, for the editor's markers as you
 * type: syntax errors and constructs outside the subset, on their C# lines. It is asked of the
 * run worker (a `checkOnly` run request), where the front end already lives: the page's CSP
 * allows no WebAssembly on the main thread, and a learner's C# is lowered in one place only.
 */
import { DEFAULT_RUN_SETTINGS, type Diagnostic, type RunHost } from './types.ts';

/** The stopReason of a check-only answer (csharpRequest.ts). */
export const CHECK_ONLY_REASON = 'Checked, not run.';

/** The diagnostics of `source`, or null when the host did not check it (cancelled, crashed). */
export async function checkCsharp(host: RunHost, source: string): Promise<Diagnostic[] | null> {
  const run = await host.run({
    code: source,
    language: 'csharp',
    settings: DEFAULT_RUN_SETTINGS,
    trackerSnapshots: false,
    checkOnly: true,
  });
  return run.stopReason === CHECK_ONLY_REASON || run.diagnostics.length ? run.diagnostics : null;
}
