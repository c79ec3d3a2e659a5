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

const TS_TYPES: Record<ModelPatch['addProperties'][number]['type'], string> = {
  int: 'number',
  double: 'number',
  string: 'string',
  bool: 'boolean',
  // The snippet API reads dates as text (see User.LastLogin in snippet-globals.d.ts).
  datetime: 'string',
};

/**
 * A lesson's model additions as TypeScript declarations that merge into the snippet API's entity
 * classes (`interface Order { Version: number }`), for the editor and the type check before a
 * run. '' when the lesson changes nothing.
 */
export function modelPatchDeclarations(patch: ModelPatch | undefined): string {
  if (!patch || patch.addProperties.length === 0) return '';
  const byEntity = new Map<string, string[]>();
  for (const add of patch.addProperties) {
    const type = TS_TYPES[add.type] + (add.default === null ? ' | null' : '');
    byEntity.set(add.entity, [...(byEntity.get(add.entity) ?? []), `  ${add.name}: ${type};`]);
  }
  const blocks = [...byEntity].map(([entity, lines]) => `interface ${entity} {\n${lines.join('\n')}\n}`);
  return `// This lesson's model additions (lesson.md front matter \`model:\`).\n${blocks.join('\n')}\n`;
}
