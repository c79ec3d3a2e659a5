/**
 * Imported first by the app's entry (src/main.tsx), so the run worker starts before the entry's
 * other modules evaluate (workerHost.ts: spawnRunWorkerEarly).
 */
import { spawnRunWorkerEarly } from './workerHost.ts';

spawnRunWorkerEarly();
