/**
 * The data layer of the simulator: the model, the SQLite database, query translation and
 * SaveChanges SQL, and EF Core's command log format. The runtime imports from here.
 */
export { defaultModel, defineModel, ORDER_STATUSES } from './model.ts';
export type { EntitySpec, ModelSpec, PropertySpec } from './model.ts';
export { canonicalProperties, findEntityType } from './defineModel.ts';
export { createSchemaSql, createTableSql, quoteIdentifier } from './schema.ts';
export { createDatabaseTemplate, liveStatementCount } from './database.ts';
export type { DatabaseTemplate, ExecuteResult, QueryResult, SimDatabase } from './database.ts';
export { bindValue, formatParameter, formatParameters, makeParameter } from './sqlParameter.ts';
export type { SqlParameter } from './sqlParameter.ts';
export { formatDbDateTime, fromDbValue, parseDbDateTime, toDbValue } from './sqlValue.ts';
export { translateFind, translateQuery, TranslationError, materializeRow } from './translate.ts';
export type { QuerySpec, QueryTerminal, TranslatedQuery } from './translate.ts';
export { buildDelete, buildInsert, buildUpdate } from './updateSql.ts';
export type { UpdateCommand } from './updateSql.ts';
export { formatExecutedCommand } from './commandLog.ts';
export type { ExecutedCommand } from './commandLog.ts';
