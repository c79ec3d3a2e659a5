/**
 * Rows → entity property values: SQLite's storage classes back to the model's types
 * (INTEGER 0/1 → boolean, TEXT → Date for DateTime properties), as EF Core's value readers do.
 */
import type { EntityTypeDef } from './modelTypes.ts';
import { fromDbValue } from './sqlValue.ts';

/** One row of a query result as `{ Property: value }`; columns not mapped by the entity type are ignored. */
export function materializeRow(
  entityType: EntityTypeDef,
  columns: readonly string[],
  row: readonly unknown[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const prop = entityType.properties.find((p) => p.name === column);
    if (prop) values[prop.name] = fromDbValue(row[i], prop.type);
  });
  return values;
}
