/**
 * Writes what the oracle needs to run on exactly the simulator's data: for the default model and
 * every lesson that patches it, the simulator's own database image (schema + seed, byte for byte
 * what each simulated run opens) and the model's metadata (entity types, properties, keys,
 * concurrency tokens) from which the oracle generates its C# entity classes and AppDb.
 * One source of truth: nothing here is written by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { createDatabaseTemplate } from '../../src/sim/data/database.ts';
import { defaultModel } from '../../src/sim/data/model.ts';
import type { ModelDef } from '../../src/sim/data/modelTypes.ts';

const require = createRequire(import.meta.url);

/** The model key the oracle and the harness agree on: `default`, or a lesson id. */
export function modelKey(lessonId: string | undefined, model: ModelDef | undefined): string {
  return model && lessonId ? lessonId : 'default';
}

/** Writes `<key>.db` and `<key>.json` into `dir` for each model; returns the keys written. */
export async function exportModels(dir: string, models: ReadonlyMap<string, ModelDef>): Promise<string[]> {
  const SQL = await initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) });
  mkdirSync(dir, { recursive: true });
  const all = new Map<string, ModelDef>([['default', defaultModel], ...models]);
  for (const [key, model] of all) {
    const template = createDatabaseTemplate(SQL, model);
    writeFileSync(join(dir, `${key}.db`), template.image);
    const meta = { contextName: model.contextName, entityTypes: model.entityTypes };
    writeFileSync(join(dir, `${key}.json`), JSON.stringify(meta, null, 2));
  }
  return [...all.keys()];
}
