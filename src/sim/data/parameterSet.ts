/**
 * Query parameters of one query, named as EF Core 10 names them.
 *
 * EF Core 10 (PR #35200, "Simplify parameter names") names a parameter after the captured
 * variable (`@city`), joins member chains with `_` (`@order_Id`, baseline
 * `@basicTypeEntity_String`), uses `p` for anything else (Find's key, a Skip/Take count, a
 * client-evaluated expression such as `id + 1`; see funcletizer.ts), and adds a numeric suffix
 * only when a name is already taken. Real EF Core 10.0.15 starts that suffix at 1: a second `p`
 * is `@p1` (conformance q-skip-take: `LIMIT @p1 OFFSET @p`; 10.0.0 logged `@p0`, dotnet/efcore#37261).
 * Names are compared case-insensitively (EF 10 GA fix #36922). The same captured variable (or
 * an equal client-evaluated expression) used twice reuses its parameter, as EF's
 * `_parameterizedValues` does — but each use still reserves a name (q-capture-reuse).
 */
import type { Lambda } from '../expression.ts';
import { funcletize, type Funcletized } from './funcletizer.ts';
import type { PropertyType } from './modelTypes.ts';
import { makeParameter, type SqlParameter } from './sqlParameter.ts';

/** First suffix tried when a parameter name repeats (EF Core 10.0.15: 1; 10.0.0 used 0). */
export const UNIQUIFY_START = 1;

export class ParameterSet {
  /** In creation order (EF's naming order); reorder with {@link orderBySql} for the log. */
  readonly params: SqlParameter[] = [];
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, SqlParameter>();

  /** A unique name derived from `base`. */
  uniqueName(base: string): string {
    let name = base;
    for (let i = UNIQUIFY_START; this.taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
    this.taken.add(name.toLowerCase());
    return name;
  }

  private readonly reservedByKey = new Map<string, string>();
  private readonly roots = new Map<Lambda, Funcletized>();

  /**
   * The funcletizer's name for a client-evaluated root: reserves a unique name derived from
   * `base` (always, as EF does), and returns the name of the first root with the same `key`.
   */
  reserve(base: string, key: string): string {
    const name = this.uniqueName(base);
    const first = this.reservedByKey.get(key);
    if (first !== undefined) return first;
    this.reservedByKey.set(key, name);
    return name;
  }

  /** A lambda funcletized once per query (names are reserved on the first call). */
  rootsOf(lambda: Lambda): Funcletized {
    let roots = this.roots.get(lambda);
    if (!roots) this.roots.set(lambda, (roots = funcletize(lambda, this)));
    return roots;
  }

  /** The parameter for a value under a name already reserved (or derived from one): no uniquifying. */
  bind(
    name: string,
    key: string,
    value: unknown,
    type: PropertyType,
    options: { nullable?: boolean } = {},
  ): SqlParameter {
    const existing = this.byKey.get(`${key}:${type}`);
    if (existing) return existing;
    const p = makeParameter(name, value, type, options);
    this.params.push(p);
    this.byKey.set(`${key}:${type}`, p);
    return p;
  }

  /**
   * The parameter for a value. `key` identifies the source (e.g. `order.Id`): the same key yields
   * the same parameter; null always creates a new one.
   */
  add(base: string, key: string | null, value: unknown, type: PropertyType): SqlParameter {
    if (key !== null) {
      const existing = this.byKey.get(`${key}:${type}`);
      if (existing) return existing;
    }
    const p = makeParameter(this.uniqueName(base), value, type);
    this.params.push(p);
    if (key !== null) this.byKey.set(`${key}:${type}`, p);
    return p;
  }
}

/**
 * Parameters in the order their names first appear in `sql`: the order EF Core adds them to the
 * DbCommand (QuerySqlGenerator visits the SQL tree), hence the order of the log.
 */
export function orderBySql(params: readonly SqlParameter[], sql: string): SqlParameter[] {
  const position = (p: SqlParameter) => {
    const m = new RegExp(`@${p.name}(?![A-Za-z0-9_])`).exec(sql);
    return m ? m.index : Number.MAX_SAFE_INTEGER;
  };
  return params
    .map((p) => ({ p, at: position(p) }))
    .filter((x) => x.at !== Number.MAX_SAFE_INTEGER)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.p);
}
