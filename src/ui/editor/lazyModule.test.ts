import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazyModule.ts';

describe('lazyModule', () => {
  it('imports once, however many callers ask', async () => {
    let imports = 0;
    const m = lazyModule(
      async () => ({ default: ++imports }),
      (x) => x.default,
    );
    const [a, b] = await Promise.all([m.load(), m.load()]);
    expect(a).toBe(b);
    await m.load();
    expect(imports).toBe(1);
  });

  it('forgets a failed import, so that the next caller tries again', async () => {
    let attempts = 0;
    const m = lazyModule(
      async () => {
        if (++attempts === 1) throw new Error('offline');
        return { default: 'view' };
      },
      (x) => x.default,
    );
    await expect(m.load()).rejects.toThrow('offline');
    await expect(m.load()).resolves.toEqual({ default: 'view' });
    expect(attempts).toBe(2);
  });
});
