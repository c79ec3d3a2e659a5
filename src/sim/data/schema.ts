/**
 * DDL for a model, shaped like EF Core's SQLite migrations SQL
 * (`"Id" INTEGER NOT NULL CONSTRAINT "PK_Blogs" PRIMARY KEY AUTOINCREMENT`, one column per line,
 * 4-space indent). Columns keep declaration order with the key first, as EF Core 6+ does.
 */
import type { EntityTypeDef, ModelDef, PropertyDef, PropertyType } from './modelTypes.ts';

/** SQLite store types used by EF Core's SQLite provider. */
export const STORE_TYPES: Record<PropertyType, string> = {
  int: 'INTEGER',
  bool: 'INTEGER',
  double: 'REAL',
  string: 'TEXT',
  datetime: 'TEXT',
};

/** `"name"`: SQLite identifier quoting as EF Core does it (embedded quotes doubled). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function columnSql(entityType: EntityTypeDef, p: PropertyDef): string {
  let sql = `${quoteIdentifier(p.name)} ${STORE_TYPES[p.type]}${p.nullable ? ' NULL' : ' NOT NULL'}`;
  if (p.isKey && p.storeGenerated) {
    sql += ` CONSTRAINT ${quoteIdentifier(`PK_${entityType.table}`)} PRIMARY KEY AUTOINCREMENT`;
  }
  return sql;
}

/** `CREATE TABLE` for one entity type. */
export function createTableSql(entityType: EntityTypeDef): string {
  const lines = entityType.properties.map((p) => columnSql(entityType, p));
  const key = entityType.properties.find((p) => p.isKey);
  if (key && !key.storeGenerated) {
    // A key EF Core does not generate is declared as a table constraint, after the columns.
    lines.push(
      `CONSTRAINT ${quoteIdentifier(`PK_${entityType.table}`)} PRIMARY KEY (${quoteIdentifier(key.name)})`,
    );
  }
  return `CREATE TABLE ${quoteIdentifier(entityType.table)} (\n    ${lines.join(',\n    ')}\n);`;
}

/** The whole schema, one statement per entity type, in model order. */
export function createSchemaSql(model: ModelDef): string[] {
  return model.entityTypes.map(createTableSql);
}
