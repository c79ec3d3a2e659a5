/**
 * LINQ query → EF Core 10 SQLite SQL (EFCORE.md §4.4), verified against dotnet/efcore's SQLite
 * baselines (test/EFCore.Sqlite.FunctionalTests/Query/…): all columns listed key first then
 * alphabetically; alias = first letter of the table, lower-cased; one clause per line.
 *
 * THE DOCUMENTED SUBSET. Inside Where / OrderBy / terminal predicates:
 * - `o.Prop` (mapped properties of the lambda parameter) and `c.Name.length` → `length(…)`
 * - constants (inlined: `'text'`, `1`/`0` for bools, `10.0` for doubles) and captured locals or
 *   members of captured objects (→ parameters `@id`, `@order_Id`; see parameterSet.ts)
 * - `== === != !== < <= > >=`; `x.Prop == null` / `!= null` → `IS NULL` / `IS NOT NULL`;
 *   `col != value` on a nullable column adds `OR col IS NULL` (C# null semantics)
 * - `&& || !` (NOT pushed down: De Morgan, inverted comparisons), a bool property alone
 *   (`t => t.IsOpen` → `WHERE "t"."IsOpen"`, `!t.IsOpen` → `NOT ("t"."IsOpen")`)
 * - `+ - * / %` and unary `-`; `+` on strings → `||`
 * - `s.includes(v)` → `instr(s, v) > 0`; `s.startsWith(v)` / `s.endsWith(v)` → `LIKE 'v%'` for a
 *   constant, `LIKE @v_startswith ESCAPE '\'` for a captured value; `toLowerCase/toUpperCase/trim`
 * - `list.includes(x)` on a captured or inline array → `x IN (@list1, @list2, …)` / `IN (1, 2)`
 * - sub-expressions that do not read the row are evaluated on the client first, as one parameter
 *   (`id + 1` → `@p`, `term.trim()` → `@Trim`) or a constant (funcletizer.ts, CORRECTIONS-q.md)
 * Operators: Where, OrderBy(Descending), ThenBy(Descending), Skip, Take (always parameters, even
 * for constants: `LIMIT @p OFFSET @p1`), and the terminals below. Skip after Skip/Take and
 * Where/OrderBy after Skip/Take push the query into a subquery (`FROM (…) AS "o0"`); Take after
 * Take and First/Single after Take give `LIMIT min(@p, @p1)`, as EF Core does.
 * Anything else — other methods, the entity itself, navigations — throws
 * {@link TranslationError} with EF Core's message.
 */
import { InvalidOperationException } from '../exceptions.ts';
import { isLambda, type Expr, type Lambda } from '../expression.ts';
import { canonicalProperties } from './defineModel.ts';
import { translatePredicate, translateValue, Untranslatable, type LambdaScope } from './lambdaSql.ts';
import type { EntityTypeDef, ModelDef, NavigationDef } from './modelTypes.ts';
import { keyOf } from './modelTypes.ts';
import { orderBySql, ParameterSet } from './parameterSet.ts';
import { quoteIdentifier } from './schema.ts';
import {
  addPredicate,
  pushdown,
  renderSelect,
  tableSelect,
  type Ordering,
  type SelectModel,
} from './selectSql.ts';
import type { SqlParameter } from './sqlParameter.ts';
import { printQuery, TranslationError, type QueryCall } from './translationError.ts';

export { TranslationError } from './translationError.ts';
export { materializeRow } from './materialize.ts';

export type QueryTerminal =
  | 'ToList'
  | 'First'
  | 'FirstOrDefault'
  | 'Single'
  | 'SingleOrDefault'
  | 'Count'
  | 'Any'
  | 'AsAsyncEnumerable';

export interface QuerySpec {
  entityType: EntityTypeDef;
  where: Lambda[];
  orderBy: { key: Lambda; descending: boolean }[];
  skip: Expr | null;
  take: Expr | null;
  terminal: QueryTerminal;
  terminalPredicate: Lambda | null;
  /** Method names as called, for the error text (and the order of operators). */
  calls: { method: string; lambda: Lambda | null; arg?: string; count?: Expr }[];
  /** Navigations to load with the query (`Include(c => c.Orders)`), at most one per navigation. */
  includes?: NavigationDef[];
  /** An Include that named no navigation: the query fails as it is compiled (navigation expansion, before translation). */
  invalidInclude?: string;
}

/** A command ready to run: SQL text plus parameters in log order. */
export interface TranslatedQuery {
  sql: string;
  params: SqlParameter[];
}

type Op =
  | { kind: 'where'; lambda: unknown; call: QueryCall }
  | { kind: 'orderBy'; lambda: unknown; descending: boolean; thenBy: boolean; call: QueryCall }
  | { kind: 'skip' | 'take'; expr: Expr | number; call: QueryCall };

const ORDER_METHODS: Record<string, { descending: boolean; thenBy: boolean }> = {
  OrderBy: { descending: false, thenBy: false },
  OrderByDescending: { descending: true, thenBy: false },
  ThenBy: { descending: false, thenBy: true },
  ThenByDescending: { descending: true, thenBy: true },
};

/**
 * The operators in call order. A call's own lambda wins (OrderBy replaces earlier orderings in the
 * spec, so the spec alone loses them); a raw function is taken from the spec so it can fail with
 * its source. Falls back to Where → OrderBy → Skip → Take when `calls` does not describe the spec.
 */
function operators(spec: QuerySpec): Op[] {
  const ops: Op[] = [];
  let w = 0;
  let orderings = 0;
  let skips = 0;
  let takes = 0;
  for (const call of spec.calls) {
    const order = ORDER_METHODS[call.method];
    if (call.method === 'Where') {
      const lambda: unknown = isLambda(call.lambda) ? call.lambda : spec.where[w];
      ops.push({ kind: 'where', lambda, call: { ...call, lambda } });
      w++;
    } else if (order) {
      orderings = order.thenBy ? orderings + 1 : 1;
      const fromSpec = spec.orderBy[orderings - 1]?.key;
      const lambda: unknown = isLambda(call.lambda) ? call.lambda : fromSpec;
      ops.push({ kind: 'orderBy', lambda, ...order, call: { ...call, lambda } });
    } else if (call.method === 'Skip' && (call.count ?? (skips === 0 ? spec.skip : null))) {
      ops.push({ kind: 'skip', expr: (call.count ?? spec.skip) as Expr, call });
      skips++;
    } else if (call.method === 'Take' && (call.count ?? (takes === 0 ? spec.take : null))) {
      ops.push({ kind: 'take', expr: (call.count ?? spec.take) as Expr, call });
      takes++;
    }
  }
  const complete =
    w === spec.where.length &&
    orderings === spec.orderBy.length &&
    skips > 0 === (spec.skip !== null) &&
    takes > 0 === (spec.take !== null);
  if (complete) return ops;
  const canonical: Op[] = spec.where.map((lambda) => ({
    kind: 'where' as const,
    lambda,
    call: { method: 'Where', lambda },
  }));
  spec.orderBy.forEach((ob, i) => {
    const method = (i === 0 ? 'OrderBy' : 'ThenBy') + (ob.descending ? 'Descending' : '');
    canonical.push({
      kind: 'orderBy',
      lambda: ob.key,
      descending: ob.descending,
      thenBy: i > 0,
      call: { method, lambda: ob.key },
    });
  });
  if (spec.skip)
    canonical.push({
      kind: 'skip',
      expr: spec.skip,
      call: { method: 'Skip', lambda: null, arg: exprText(spec.skip) },
    });
  if (spec.take)
    canonical.push({
      kind: 'take',
      expr: spec.take,
      call: { method: 'Take', lambda: null, arg: exprText(spec.take) },
    });
  return canonical;
}

function exprText(e: Expr | number): string {
  if (typeof e === 'number') return String(e);
  if (e.kind === 'const') return String(e.value);
  if (e.kind === 'capture') return e.name;
  if (e.kind === 'member') return `${exprText(e.object)}.${e.name}`;
  return '…';
}

/** Evaluates a Skip/Take argument on the client, as EF's funcletizer does, and names its parameter. */
function evaluateArgument(e: Expr | number): { value: unknown; name: string } {
  if (typeof e === 'number') return { value: e, name: 'p' };
  switch (e.kind) {
    case 'const':
      return { value: e.value, name: 'p' };
    case 'capture':
      return { value: e.get(), name: e.name };
    case 'member': {
      const inner = evaluateArgument(e.object);
      const value = (inner.value as Record<string, unknown> | null | undefined)?.[e.name];
      return { value, name: e.object.kind === 'const' ? 'p' : `${inner.name}_${e.name}` };
    }
    case 'unary':
      if (e.op === '-') return { value: -Number(evaluateArgument(e.operand).value), name: 'p' };
      break;
    case 'binary': {
      const a = Number(evaluateArgument(e.left).value);
      const b = Number(evaluateArgument(e.right).value);
      const ops: Record<string, (x: number, y: number) => number> = {
        '+': (x, y) => x + y,
        '-': (x, y) => x - y,
        '*': (x, y) => x * y,
        '/': (x, y) => Math.trunc(x / y),
        '%': (x, y) => x % y,
      };
      if (ops[e.op]) return { value: ops[e.op](a, b), name: 'p' };
      break;
    }
  }
  throw new Untranslatable('Skip/Take argument');
}

/** Alias generator: `"o"`, then `"o0"`, `"o1"` for subqueries (EF Core's SqlAliasManager). */
function aliases(table: string): () => string {
  const base = table.charAt(0).toLowerCase() || 't';
  let n = -1;
  return () => (n++ < 0 ? base : `${base}${n - 1}`);
}

/** Translates a query; throws {@link TranslationError} for shapes outside the documented subset. */
export function translateQuery(spec: QuerySpec, model?: ModelDef): TranslatedQuery {
  if (spec.invalidInclude) throw new InvalidOperationException(spec.invalidInclude);
  const entityType = spec.entityType;
  const params = new ParameterSet();
  const nextAlias = aliases(entityType.table);
  const done: QueryCall[] = [];
  let select: SelectModel = tableSelect(entityType, nextAlias());

  const scope = (lambda: unknown, call: QueryCall): LambdaScope => {
    if (!isLambda(lambda)) throw new TranslationError(printQuery(entityType.name, [...done, call]));
    return { lambda, entityType, alias: select.alias, params, usedColumns: select.usedColumns };
  };
  const guarded = <T>(call: QueryCall, body: () => T): T => {
    try {
      return body();
    } catch (err) {
      if (err instanceof Untranslatable)
        throw new TranslationError(printQuery(entityType.name, [...done, call]));
      throw err;
    }
  };
  const where = (lambda: unknown, call: QueryCall) => {
    if (select.limit !== null || select.offset !== null) select = pushdown(select, nextAlias());
    const s = scope(lambda, call);
    guarded(call, () => addPredicate(select, translatePredicate(s)));
  };

  for (const op of operators(spec)) {
    if (op.kind === 'where') where(op.lambda, op.call);
    else if (op.kind === 'orderBy') {
      if (select.limit !== null || select.offset !== null) select = pushdown(select, nextAlias());
      const s = scope(op.lambda, op.call);
      const columns = new Set<string>();
      guarded(op.call, () => translateValue({ ...s, usedColumns: columns }));
      const ordering: Ordering = {
        columns,
        render: (alias) =>
          translateValue({ ...s, alias, usedColumns: undefined }).sql + (op.descending ? ' DESC' : ''),
      };
      select.orderings = op.thenBy ? [...select.orderings, ordering] : [ordering];
    } else {
      const arg = guarded(op.call, () => evaluateArgument(op.expr));
      // Skip after Skip or Take pushes down; Take after Take keeps one query: `LIMIT min(@p, @p1)`.
      if (op.kind === 'skip' && (select.limit !== null || select.offset !== null))
        select = pushdown(select, nextAlias());
      // Skip/Take counts are constants in the LINQ tree: equal values share one parameter
      // (`Skip(2)…Take(2)` → `LIMIT @p OFFSET @p1`… with `@p` reused), each still reserving a name.
      const key = arg.name === 'p' ? `count:${String(arg.value)}` : `$${arg.name}`;
      const p = params.bind(params.reserve(arg.name, key), key, arg.value, 'int');
      if (op.kind === 'skip') select.offset = `@${p.name}`;
      else select.limit = select.limit === null ? `@${p.name}` : `min(${select.limit}, @${p.name})`;
    }
    done.push(op.call);
  }

  const terminalCall: QueryCall = { method: spec.terminal, lambda: spec.terminalPredicate };
  if (spec.terminalPredicate !== null) where(spec.terminalPredicate, terminalCall);

  let sql: string;
  const paged = select.limit !== null || select.offset !== null;
  switch (spec.terminal) {
    case 'First':
    case 'FirstOrDefault':
    case 'Single':
    case 'SingleOrDefault': {
      // Single fetches two rows so it can tell "exactly one" from "more than one"; after a Take, `LIMIT min(@p, 1)`.
      const n = spec.terminal.startsWith('First') ? '1' : '2';
      select.limit = select.limit === null ? n : `min(${select.limit}, ${n})`;
      select = addIncludes(select, spec.includes ?? [], model, nextAlias);
      sql = renderSelect(select, { kind: 'entity' });
      break;
    }
    case 'Count':
      // Orderings don't change a count; with Skip/Take the page is counted in a subquery.
      sql = paged
        ? renderSelect(pushdown(select, nextAlias()), { kind: 'count' }, true)
        : renderSelect(select, { kind: 'count' }, true);
      break;
    case 'Any': {
      const inner = renderSelect(select, { kind: 'columns', names: new Set() }, !paged);
      sql = `SELECT EXISTS (\n${inner.replace(/^/gm, '    ')})`;
      break;
    }
    default:
      select = addIncludes(select, spec.includes ?? [], model, nextAlias);
      sql = renderSelect(select, { kind: 'entity' });
  }
  return { sql, params: orderBySql(params.params, sql) };
}

/**
 * Include as EF Core 10 renders it for SQLite (scenarios q-include-*):
 * - a collection: `LEFT JOIN "Orders" AS "o" ON "c"."Id" = "o"."CustomerId"`, ordered by the
 *   root's orderings then its key (so each root's rows are adjacent); a root query with LIMIT or
 *   OFFSET (First, Single, Skip/Take) is pushed into a subquery first, so the limit counts roots;
 * - a required reference: `INNER JOIN "Customers" AS "c" ON "o"."CustomerId" = "c"."Id"`, no
 *   pushdown and no ordering (one row per root either way).
 */
function addIncludes(
  select: SelectModel,
  includes: readonly NavigationDef[],
  model: ModelDef | undefined,
  nextAlias: () => string,
): SelectModel {
  for (const nav of includes) {
    const target = model?.entityTypes.find((t) => t.name === nav.target);
    if (!target) continue;
    const alias = target.table.charAt(0).toLowerCase() || 't';
    const q = quoteIdentifier;
    if (nav.kind === 'reference') {
      const on = `${q(select.alias)}.${q(nav.foreignKey)} = ${q(alias)}.${q(keyOf(target).name)}`;
      select.joins.push({ kind: 'INNER', entityType: target, alias, on });
      continue;
    }
    if (select.limit !== null || select.offset !== null) select = pushdown(select, nextAlias());
    const key = keyOf(select.entityType).name;
    const on = `${q(select.alias)}.${q(key)} = ${q(alias)}.${q(nav.foreignKey)}`;
    select.joins.push({ kind: 'LEFT', entityType: target, alias, on });
    const byKey: Ordering = { columns: new Set([key]), render: (a) => `${q(a)}.${q(key)}` };
    if (!select.orderings.some((o) => o.render(select.alias) === byKey.render(select.alias)))
      select.orderings = [...select.orderings, byKey];
  }
  return select;
}

/** `Find(key)` on a miss: `WHERE "c"."Id" = @p` + `LIMIT 1` (EF 10 names Find's parameter `@p`). */
export function translateFind(entityType: EntityTypeDef, keyValue: unknown): TranslatedQuery {
  const key = keyOf(entityType);
  const alias = quoteIdentifier(entityType.table.charAt(0).toLowerCase());
  const params = new ParameterSet();
  const p = params.add('p', null, keyValue, key.type);
  const columns = canonicalProperties(entityType)
    .map((c) => `${alias}.${quoteIdentifier(c.name)}`)
    .join(', ');
  const sql =
    `SELECT ${columns}\nFROM ${quoteIdentifier(entityType.table)} AS ${alias}\n` +
    `WHERE ${alias}.${quoteIdentifier(key.name)} = @${p.name}\nLIMIT 1`;
  return { sql, params: [p] };
}
