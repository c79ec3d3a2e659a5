/**
 * Entity classes of a model (`Customer`, `Order`, …), built per run so `new Customer({ Id, Name })`
 * and `instanceof Customer` work in snippets, and the change tracker can tell an entity's type.
 */
import type { EntityTypeDef, ModelDef, PropertyDef } from './data/modelTypes.ts';

const ENTITY_TYPE = Symbol('entityType');

export type EntityClass = new (init?: Record<string, unknown>) => Record<string, unknown>;

function defaultValue(p: PropertyDef): unknown {
  if (p.nullable) return null;
  switch (p.type) {
    case 'int':
    case 'double':
      return 0;
    case 'bool':
      return false;
    default:
      return null;
  }
}

const classesByModel = new WeakMap<ModelDef, Map<string, EntityClass>>();

/**
 * The entity classes of `model`. They hold no run state (the change tracker finds an entity's
 * type through the prototype), so one set per model is shared by every run.
 */
export function defineEntityClasses(model: ModelDef): Map<string, EntityClass> {
  const cached = classesByModel.get(model);
  if (cached) return cached;
  const classes = new Map<string, EntityClass>();
  classesByModel.set(model, classes);
  for (const type of model.entityTypes) {
    const cls = class {
      constructor(init: Record<string, unknown> = {}) {
        const self = this as Record<string, unknown>;
        for (const p of type.properties)
          self[p.name] = init[p.name] !== undefined ? init[p.name] : defaultValue(p);
        // Navigations: a collection starts empty (C#: `List<Order> Orders { get; set; } = new()`),
        // a reference starts null, unless the initializer sets them.
        for (const n of type.navigations ?? []) {
          const given = init[n.name];
          self[n.name] = given !== undefined ? given : n.kind === 'collection' ? [] : null;
        }
      }
    };
    Object.defineProperty(cls, 'name', { value: type.name });
    Object.defineProperty(cls.prototype, ENTITY_TYPE, { value: type });
    classes.set(type.name, cls as unknown as EntityClass);
  }
  return classes;
}

/** The entity type of an instance of one of the model's classes, or null for anything else. */
export function entityTypeOf(entity: unknown): EntityTypeDef | null {
  if (typeof entity !== 'object' || entity === null) return null;
  return ((entity as Record<symbol, unknown>)[ENTITY_TYPE] as EntityTypeDef | undefined) ?? null;
}

export function typeNameOf(entity: unknown): string {
  if (entity === null) return 'null';
  if (typeof entity !== 'object') return typeof entity;
  return (entity as object).constructor?.name ?? 'Object';
}
