import { defineConfig } from 'vitest/config';
import { lessonsModule } from './scripts/lessonsModule.ts';

export default defineConfig({
  plugins: [lessonsModule()],
  test: {
    include: ['src/**/*.test.ts', 'lessons/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Generous: the suite must pass on a busy 2-core machine (run threads start in seconds there).
    testTimeout: 60_000,
  },
});
