/**
 * Applies a lesson's model additions (front matter `model:`) to a model definition. Pure; the
 * runner calls it when a run names a lesson (`--lesson ID`) so that lesson runs on its own model.
 */
import type { ModelDef } from '../sim/data/modelTypes.ts';
import type { ModelPatch } from './types.ts';

export function applyModelPatch(base: ModelDef, patch: ModelPatch | undefined): ModelDef {
  if (!patch) return base;
  const entityTypes = base.entityTypes.map((et) => ({ ...et, properties: [...et.properties] }));
  const seed: ModelDef['seed'] = Object.fromEntries(
    Object.entries(base.seed).map(([name, rows]) => [name, rows.map((r) => ({ ...r }))]),
  );
  for (const add of patch.addProperties) {
    const et = entityTypes.find((e) => e.name === add.entity);
    if (!et) throw new Error(`model patch: no entity type "${add.entity}"`);
    if (et.properties.some((p) => p.name === add.name))
      throw new Error(`model patch: ${add.entity}.${add.name} already exists`);
    et.properties.push({
      name: add.name,
      type: add.type,
      nullable: add.default === null,
      ...(add.concurrencyToken ? { isConcurrencyToken: true } : {}),
    });
    for (const row of seed[add.entity] ?? []) row[add.name] = add.default;
  }
  return { ...base, entityTypes, seed };
}
