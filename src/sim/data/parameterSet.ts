/**
 * Query parameters of one query, named as EF Core 10 names them.
 *
 * EF Core 10 (PR #35200, "Simplify parameter names") names a parameter after the captured
 * variable (`@city`), joins member chains with `_` (`@order_Id`, baseline
 * `@basicTypeEntity_String`), uses `p` for anything else (Find's key, a Skip/Take constant), and
 * adds a numeric suffix only when a name is already taken. The suffix loop in
 * ExpressionTreeFuncletizer.Evaluate starts at 0 (`for (var i = 0; …) name = original + i`), so a
 * second `p` is `@p0` — EF Core 10.0.0 logs `LIMIT @p OFFSET @p0` (dotnet/efcore#37261); later
 * main-branch baselines show `@p1`. Names are compared case-insensitively (EF 10 GA fix #36922).
 * The same captured variable used twice reuses its parameter, as EF's `_parameterizedValues` does.
 */
import type { PropertyType } from './modelTypes.ts';
import { makeParameter, type SqlParameter } from './sqlParameter.ts';

/** First suffix tried when a parameter name repeats (EF Core 10.0.0: 0). */
export const UNIQUIFY_START = 0;

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
