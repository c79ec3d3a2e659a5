/** How run settings read everywhere in the race lab and on the timeline. */
import { PROVIDER_LABELS, type RunSettings } from '../../runner/types.ts';

export function fmtLatency(s: Pick<RunSettings, 'latencyMs' | 'jitterMs'>): string {
  return s.jitterMs > 0 ? `${s.latencyMs} ms ± ${s.jitterMs}` : `${s.latencyMs} ms`;
}

/** The provider a run used, by name ("SQL Server", "SQLite"); absent means the default. */
export function fmtProvider(s: Pick<RunSettings, 'provider'>): string {
  return PROVIDER_LABELS[s.provider ?? 'sqlserver'];
}

/** Names the provider only when it is not the default, so the common case stays short. */
export function fmtSettings(s: RunSettings, requests = 1): string {
  const provider = s.provider && s.provider !== 'sqlserver' ? ` · ${fmtProvider(s)}` : '';
  return `${fmtLatency(s)} · seed ${s.seed}${requests > 1 ? ` · ${requests} requests` : ''}${provider}`;
}

/** "0.42 s (238 runs/s)" for a batch's real time. */
export function fmtThroughput(runs: number, elapsedMs: number): string {
  if (elapsedMs <= 0) return '';
  const rate = Math.round(runs / (elapsedMs / 1000));
  return `${(elapsedMs / 1000).toFixed(elapsedMs < 10_000 ? 2 : 1)} s (${rate} runs/s)`;
}
