/**
 * What the editor's C# help completes and explains: the lesson model's DbSets and entity
 * properties, as plain data (the UI never sees the simulator's model types).
 */
import { defaultModel } from '../sim/data/model.ts';
import { modelForLesson } from './lessonModel.ts';
import type { ModelPatch } from '../lessons/types.ts';

export interface EntitySurface {
  name: string;
  dbSet: string;
  table: string;
  properties: { name: string; type: string; key: boolean }[];
  navigations: { name: string; type: string }[];
}

export interface ModelSurface {
  contextName: string;
  entities: EntitySurface[];
}

const CS_TYPES: Record<string, string> = {
  int: 'int',
  string: 'string',
  double: 'double',
  bool: 'bool',
  datetime: 'DateTime',
};

export function modelSurface(lesson: { model?: ModelPatch } | undefined): ModelSurface {
  const model = modelForLesson(lesson) ?? defaultModel;
  return {
    contextName: model.contextName,
    entities: model.entityTypes.map((e) => ({
      name: e.name,
      dbSet: e.dbSet,
      table: e.table,
      properties: e.properties.map((p) => ({
        name: p.name,
        type: `${CS_TYPES[p.type] ?? p.type}${p.nullable ? '?' : ''}`,
        key: p.isKey === true,
      })),
      navigations: (e.navigations ?? []).map((n) => ({
        name: n.name,
        type: n.kind === 'collection' ? `List<${n.target}>` : n.target,
      })),
    })),
  };
}
