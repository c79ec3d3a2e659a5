/**
 * A SELECT being built, and its rendering in EF Core's layout: one clause per line, subqueries
 * indented by 4 spaces, `) AS "o0"` after them, `LIMIT -1 OFFSET @p` for Skip without Take
 * (SQLite needs a LIMIT before OFFSET; baseline `Select_skip_long_count`).
 */
import type { EntityTypeDef } from './modelTypes.ts';
import { canonicalProperties } from './defineModel.ts';
import { quoteIdentifier } from './schema.ts';
import { logical, type SqlNode } from './sqlNode.ts';

/** An ordering kept as a re-renderable function of the alias (orderings move outward on pushdown). */
export interface Ordering {
  render(alias: string): string;
  /** Columns the ordering reads (an inner query must project them). */
  columns: ReadonlySet<string>;
}

export interface SelectModel {
  entityType: EntityTypeDef;
  /** The table, or a pushed-down inner query. */
  source: { kind: 'table' } | { kind: 'subquery'; select: SelectModel };
  alias: string;
  predicate: SqlNode | null;
  orderings: Ordering[];
  limit: string | null;
  offset: string | null;
  /** Columns of this select's rows read by predicates/orderings (used to prune an inner projection). */
  usedColumns: Set<string>;
  /** Tables joined for Include: their columns follow the source's in an entity projection. */
  joins: Join[];
}

/** `LEFT JOIN "Orders" AS "o" ON "c"."Id" = "o"."CustomerId"` (a collection Include) or an INNER JOIN (a required reference). */
export interface Join {
  kind: 'LEFT' | 'INNER';
  entityType: EntityTypeDef;
  alias: string;
  on: string;
}

/** A fresh SELECT over the entity type's table. */
export function tableSelect(entityType: EntityTypeDef, alias: string): SelectModel {
  return {
    entityType,
    source: { kind: 'table' },
    alias,
    predicate: null,
    orderings: [],
    limit: null,
    offset: null,
    usedColumns: new Set(),
    joins: [],
  };
}

/**
 * EF Core's PushdownIntoSubquery: the current select becomes the FROM of a new one, whose alias
 * is the next free one (`"o"` → `"o0"`), and the orderings are carried outward (baseline `Take_Skip`).
 */
export function pushdown(inner: SelectModel, nextAlias: string): SelectModel {
  return {
    entityType: inner.entityType,
    source: { kind: 'subquery', select: inner },
    alias: nextAlias,
    predicate: null,
    orderings: [...inner.orderings],
    limit: null,
    offset: null,
    usedColumns: new Set(),
    joins: [],
  };
}

/** ANDs a Where predicate into the select (several Where calls combine with AND). */
export function addPredicate(select: SelectModel, node: SqlNode): void {
  // A predicate folded to true adds nothing (EF drops `WHERE 1`); one folded to false prints `WHERE 0`.
  if (node.truth === true) return;
  select.predicate = select.predicate ? logical('AND', select.predicate, node) : node;
}

/** What the SELECT list holds: every mapped column, `COUNT(*)`, or only the columns an outer query reads. */
export type Projection = { kind: 'entity' } | { kind: 'count' } | { kind: 'columns'; names: Set<string> };

function projectionSql(select: SelectModel, projection: Projection): string {
  if (projection.kind === 'count') return 'COUNT(*)';
  const q = quoteIdentifier(select.alias);
  const props = canonicalProperties(select.entityType).filter(
    (p) => projection.kind === 'entity' || projection.names.has(p.name),
  );
  if (props.length === 0) return '1';
  const columns = props.map((p) => `${q}.${quoteIdentifier(p.name)}`);
  if (projection.kind === 'entity') {
    for (const join of select.joins) {
      const j = quoteIdentifier(join.alias);
      for (const p of canonicalProperties(join.entityType)) columns.push(`${j}.${quoteIdentifier(p.name)}`);
    }
  }
  return columns.join(', ');
}

/** Columns an outer select needs from its subquery: its projection, predicates and orderings. */
function columnsReadFrom(select: SelectModel, projection: Projection, dropOrderings: boolean): Set<string> {
  const names = new Set(select.usedColumns);
  if (projection.kind === 'columns') for (const n of projection.names) names.add(n);
  if (!dropOrderings) for (const o of select.orderings) for (const c of o.columns) names.add(c);
  return names;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Renders the select as EF Core logs it (no trailing newline). */
export function renderSelect(select: SelectModel, projection: Projection, dropOrderings = false): string {
  const lines: string[] = [`SELECT ${projectionSql(select, projection)}`];
  if (select.source.kind === 'table') {
    lines.push(`FROM ${quoteIdentifier(select.entityType.table)} AS ${quoteIdentifier(select.alias)}`);
  } else {
    const inner = select.source.select;
    const innerProjection: Projection =
      projection.kind === 'entity'
        ? projection
        : { kind: 'columns', names: columnsReadFrom(select, projection, dropOrderings) };
    lines.push(
      `FROM (\n${indent(renderSelect(inner, innerProjection))}\n) AS ${quoteIdentifier(select.alias)}`,
    );
  }
  for (const join of select.joins) {
    lines.push(
      `${join.kind} JOIN ${quoteIdentifier(join.entityType.table)} AS ${quoteIdentifier(join.alias)} ON ${join.on}`,
    );
  }
  if (select.predicate) lines.push(`WHERE ${select.predicate.sql}`);
  if (!dropOrderings && select.orderings.length > 0) {
    lines.push(`ORDER BY ${select.orderings.map((o) => o.render(select.alias)).join(', ')}`);
  }
  if (select.limit !== null || select.offset !== null) {
    lines.push(`LIMIT ${select.limit ?? '-1'}${select.offset !== null ? ` OFFSET ${select.offset}` : ''}`);
  }
  return lines.join('\n');
}
