import { describe, expect, it } from 'vitest';
import { PAGE_POLICY, policyFor, RUN_WORKER_POLICY } from './contentSecurityPolicy.ts';

describe('Content-Security-Policy', () => {
  it('is self only; only the run worker may compile code', () => {
    for (const policy of [PAGE_POLICY, RUN_WORKER_POLICY]) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/https?:|\*/);
    }
    expect(PAGE_POLICY).not.toContain('unsafe-eval');
    expect(policyFor('/assets/runWorker-DOY0zGFp.js')).toBe(RUN_WORKER_POLICY);
    expect(policyFor('/assets/runWorkerBoot-B8kx_2Qp.js')).toBe(RUN_WORKER_POLICY);
    expect(policyFor('/assets/ts.worker-CVbFdYz4.js')).toBe(PAGE_POLICY);
    expect(policyFor('/index.html')).toBe(PAGE_POLICY);
  });
});
