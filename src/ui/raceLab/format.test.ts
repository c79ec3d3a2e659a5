import { describe, expect, it } from 'vitest';
import { fmtSettings, fmtThroughput } from './format.ts';

describe('format', () => {
  it('shows latency, jitter, seed and load', () => {
    expect(fmtSettings({ latencyMs: 30, jitterMs: 0, seed: 1 })).toBe('30 ms · seed 1');
    expect(fmtSettings({ latencyMs: 6, jitterMs: 5, seed: 37 }, 8)).toBe('6 ms ± 5 · seed 37 · 8 requests');
    expect(fmtSettings({ latencyMs: 30, jitterMs: 0, seed: 1, provider: 'sqlserver' })).toBe(
      '30 ms · seed 1',
    );
    expect(fmtSettings({ latencyMs: 30, jitterMs: 0, seed: 1, provider: 'sqlite' })).toBe(
      '30 ms · seed 1 · SQLite',
    );
  });
  it('shows real time and throughput', () => {
    expect(fmtThroughput(100, 400)).toBe('0.40 s (250 runs/s)');
    expect(fmtThroughput(1, 0)).toBe('');
  });
});
