/** The one lazy door to Monaco: the first screen renders without it; callers await it. */
type MonacoModule = typeof import('./monacoSetup.ts');

let pending: Promise<MonacoModule> | null = null;

export function loadMonaco(): Promise<MonacoModule> {
  pending ??= import('./monacoSetup.ts');
  return pending;
}
