/**
 * A small builder for {@link ModelDef}s, so a lesson can declare its own model in a few lines
 * (e.g. a `Product` with a `Version` concurrency token) and get EF Core's conventions for free.
 *
 * Conventions applied (EF Core's, so the SQL matches what a real app would log):
 * - The key is the property named `Id` unless `key` says otherwise.
 * - An `int` key is store-generated (`ValueGeneratedOnAdd`, SQLite `AUTOINCREMENT`): EF Core's
 *   convention for integer primary keys. Pass `{ type: 'int', storeGenerated: false }` to opt out
 *   (EF Core: `ValueGeneratedNever()`); seed rows always insert their explicit ids either way.
 * - Properties are non-nullable unless marked `nullable` (C# with nullable reference types on).
 * - The table is named after the DbSet, as EF Core does.
 */
import type { EntityTypeDef, ModelDef, PropertyDef, PropertyType } from './modelTypes.ts';

/** A property written as just its type (`'string'`) or with options. */
export type PropertySpec =
  | PropertyType
  | {
      type: PropertyType;
      nullable?: boolean;
      /** `[ConcurrencyCheck]` / `.IsConcurrencyToken()`: checked in UPDATE/DELETE. */
      concurrencyToken?: boolean;
      /** Overrides the int-key convention (`false` = `ValueGeneratedNever`). */
      storeGenerated?: boolean;
      maxLength?: number;
    };

export interface EntitySpec {
  /** CLR name, e.g. `Product`. */
  name: string;
  /** DbSet property name, e.g. `Products`; also the table name unless `table` is given. */
  dbSet: string;
  table?: string;
  /** Key property name; default `Id`. */
  key?: string;
  /** Properties in declaration order (the order used for CREATE TABLE, as EF Core 6+ does). */
  properties: Record<string, PropertySpec>;
}

/**
 * A required one-to-many relationship (EF Core: `HasMany(principalNavigation).WithOne(dependentNavigation)
 * .HasForeignKey(foreignKey)`; the FK is non-nullable, so deleting the principal cascades).
 */
export interface RelationshipSpec {
  principal: string;
  dependent: string;
  foreignKey: string;
  /** Collection navigation on the principal, e.g. `Orders`. */
  principalNavigation?: string;
  /** Reference navigation on the dependent, e.g. `Customer`. */
  dependentNavigation?: string;
}

export interface ModelSpec {
  /** Default `AppDb`. */
  contextName?: string;
  entities: EntitySpec[];
  relationships?: RelationshipSpec[];
  /** Seed rows per entity type name, values keyed by property name. */
  seed?: Record<string, Record<string, unknown>[]>;
}

/** Builds a validated {@link ModelDef} from a compact spec, applying EF Core's conventions. */
export function defineModel(spec: ModelSpec): ModelDef {
  const entityTypes = spec.entities.map(defineEntity);
  for (const r of spec.relationships ?? []) addRelationship(entityTypes, r);
  const seed: Record<string, Record<string, unknown>[]> = {};
  for (const [typeName, rows] of Object.entries(spec.seed ?? {})) {
    const entityType = entityTypes.find((e) => e.name === typeName);
    if (!entityType) throw new Error(`Seed data for unknown entity type '${typeName}'`);
    for (const row of rows) {
      for (const column of Object.keys(row)) {
        if (!entityType.properties.some((p) => p.name === column)) {
          throw new Error(`Seed row for '${typeName}' has unknown property '${column}'`);
        }
      }
    }
    seed[typeName] = rows;
  }
  const dbSets = new Set<string>();
  for (const e of entityTypes) {
    if (dbSets.has(e.dbSet)) throw new Error(`Two entity types use the DbSet name '${e.dbSet}'`);
    dbSets.add(e.dbSet);
  }
  return { contextName: spec.contextName ?? 'AppDb', entityTypes, seed };
}

function addRelationship(entityTypes: EntityTypeDef[], r: RelationshipSpec): void {
  const principal = entityTypes.find((e) => e.name === r.principal);
  const dependent = entityTypes.find((e) => e.name === r.dependent);
  if (!principal || !dependent)
    throw new Error(`Relationship between unknown types '${r.principal}' and '${r.dependent}'`);
  if (!dependent.properties.some((p) => p.name === r.foreignKey))
    throw new Error(`'${r.dependent}' has no foreign-key property '${r.foreignKey}'`);
  const inverseOf = (n: string | undefined) => n ?? null;
  if (r.principalNavigation) {
    principal.navigations = [
      ...(principal.navigations ?? []),
      {
        name: r.principalNavigation,
        kind: 'collection',
        target: dependent.name,
        foreignKey: r.foreignKey,
        inverse: inverseOf(r.dependentNavigation),
      },
    ];
  }
  if (r.dependentNavigation) {
    dependent.navigations = [
      ...(dependent.navigations ?? []),
      {
        name: r.dependentNavigation,
        kind: 'reference',
        target: principal.name,
        foreignKey: r.foreignKey,
        inverse: inverseOf(r.principalNavigation),
      },
    ];
  }
}

function defineEntity(spec: EntitySpec): EntityTypeDef {
  const keyName = spec.key ?? 'Id';
  if (!(keyName in spec.properties))
    throw new Error(`Entity type '${spec.name}' has no key property '${keyName}'`);
  const properties: PropertyDef[] = Object.entries(spec.properties).map(([name, p]) => {
    const o = typeof p === 'string' ? { type: p } : p;
    const isKey = name === keyName;
    const def: PropertyDef = {
      name,
      type: o.type,
      nullable: !isKey && (('nullable' in o && o.nullable) ?? false),
    };
    if (isKey) {
      def.isKey = true;
      // EF Core convention: integer keys are ValueGeneratedOnAdd unless configured otherwise.
      const generated = ('storeGenerated' in o ? o.storeGenerated : undefined) ?? o.type === 'int';
      if (generated) def.storeGenerated = true;
    }
    if ('concurrencyToken' in o && o.concurrencyToken) def.isConcurrencyToken = true;
    if ('maxLength' in o && o.maxLength !== undefined) def.maxLength = o.maxLength;
    return def;
  });
  // The key goes first, as EF Core orders key columns first in the table.
  properties.sort((a, b) => Number(b.isKey ?? false) - Number(a.isKey ?? false));
  return { name: spec.name, dbSet: spec.dbSet, table: spec.table ?? spec.dbSet, properties };
}

/**
 * Properties in EF Core's canonical order: key first, then the rest alphabetically (ordinal).
 * EF Core lists columns in this order in SELECT projections and INSERT column lists
 * (verified against test/EFCore.Sqlite.FunctionalTests baselines: `"b"."Id", "b"."Bool", "b"."Byte", …`).
 */
export function canonicalProperties(entityType: EntityTypeDef): PropertyDef[] {
  const keys = entityType.properties.filter((p) => p.isKey);
  const rest = entityType.properties
    .filter((p) => !p.isKey)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...keys, ...rest];
}

/** Finds an entity type by CLR name or DbSet name. */
export function findEntityType(model: ModelDef, name: string): EntityTypeDef | undefined {
  return model.entityTypes.find((e) => e.name === name || e.dbSet === name);
}
