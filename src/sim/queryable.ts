/**
 * IQueryable<T> for snippets: an immutable builder of LINQ operators (Where, OrderBy, Skip,
 * Take, AsNoTracking…) whose terminal methods (ToListAsync, FirstOrDefaultAsync, CountAsync,
 * AsAsyncEnumerable, and the synchronous ToList/Count/First…) run one database operation on the
 * owning context. Lambdas arrive as expression trees (see expression.ts); a plain function cannot
 * be translated, as in EF Core.
 */
import type { EntityTypeDef, NavigationDef } from './data/modelTypes.ts';
import { findNavigation } from './data/modelTypes.ts';
import { invalidIncludeExpression } from './messages.ts';
import type { Expr, Lambda } from './expression.ts';
import type { QuerySpec, QueryTerminal } from './data/translate.ts';
import type { QueryContext } from './queryExecution.ts';
import { runQueryAsync, runQuerySync, streamQuery } from './queryExecution.ts';
import type { SimTask } from './simTask.ts';

export type Tracking = 'tracking' | 'noTracking' | 'identityResolution';

export interface QueryState {
  type: EntityTypeDef;
  where: (Lambda | ((...args: unknown[]) => unknown))[];
  orderBy: { key: Lambda | ((...args: unknown[]) => unknown); descending: boolean }[];
  skip: Expr | null;
  take: Expr | null;
  tracking: Tracking | null;
  /** Every operator as called; Skip/Take keep their own count (`Skip(2).Skip(3)` is two offsets). */
  calls: { method: string; lambda: Lambda | null; arg?: string; count?: Expr }[];
  /** Navigations to load with the query (Include); EF Core ignores a repeated Include. */
  includes?: NavigationDef[];
  /** The first Include that names no navigation: EF Core refuses it when the query runs. */
  invalidInclude?: string;
}

/**
 * The navigation an Include lambda names: `c => c.Orders` arrives as an expression tree; a plain
 * function (a lambda the transpiler did not rewrite) is probed with a recording proxy.
 */
function includedMember(selector: Predicate): { name: string | null; text: string } {
  if (typeof selector === 'object') {
    const body = selector.body;
    const direct =
      body.kind === 'member' && body.object.kind === 'param' && body.object.name === selector.params[0];
    return { name: direct ? body.name : null, text: selector.source.replace(/^.*?=>\s*/, '') };
  }
  let name: string | null = null;
  let depth = 0;
  const probe: object = new Proxy(
    {},
    {
      get: (_t, key) => {
        depth++;
        if (typeof key === 'string' && depth === 1) name = key;
        return probe;
      },
    },
  );
  try {
    selector(probe);
  } catch {
    name = null;
  }
  return { name: depth === 1 ? name : null, text: String(selector).replace(/^.*?=>\s*/, '') };
}

type Predicate = Lambda | ((...args: unknown[]) => unknown);

function countExpr(n: unknown): Expr {
  // EF Core parameterizes Skip/Take counts (`LIMIT @p OFFSET @p1`), even literal ones.
  return { kind: 'capture', name: 'p', get: () => n };
}

function asLambda(p: Predicate | undefined): Lambda | null {
  return p && typeof p === 'object' ? p : null;
}

export class Queryable<T> {
  constructor(
    protected readonly ctx: QueryContext,
    protected readonly state: QueryState,
  ) {}

  private with(
    change: Partial<QueryState>,
    method: string,
    lambda: Predicate | null = null,
    arg?: string,
    count?: Expr,
  ): Queryable<T> {
    const call = { method, lambda: asLambda(lambda ?? undefined), arg, ...(count ? { count } : {}) };
    const calls = [...this.state.calls, call];
    return new Queryable<T>(this.ctx, { ...this.state, ...change, calls });
  }

  Where(predicate: Predicate): Queryable<T> {
    return this.with({ where: [...this.state.where, predicate] }, 'Where', predicate);
  }
  OrderBy(key: Predicate): Queryable<T> {
    return this.with({ orderBy: [{ key, descending: false }] }, 'OrderBy', key);
  }
  OrderByDescending(key: Predicate): Queryable<T> {
    return this.with({ orderBy: [{ key, descending: true }] }, 'OrderByDescending', key);
  }
  ThenBy(key: Predicate): Queryable<T> {
    return this.with({ orderBy: [...this.state.orderBy, { key, descending: false }] }, 'ThenBy', key);
  }
  ThenByDescending(key: Predicate): Queryable<T> {
    return this.with(
      { orderBy: [...this.state.orderBy, { key, descending: true }] },
      'ThenByDescending',
      key,
    );
  }
  Skip(count: number): Queryable<T> {
    const expr = countExpr(count);
    return this.with({ skip: expr }, 'Skip', null, String(count), expr);
  }
  Take(count: number): Queryable<T> {
    const expr = countExpr(count);
    return this.with({ take: expr }, 'Take', null, String(count), expr);
  }
  /** `Include(c => c.Orders)`: load a navigation with the query (a JOIN; see translate.ts). */
  Include(selector: Predicate): Queryable<T> {
    const { name, text } = includedMember(selector);
    const nav = name ? findNavigation(this.state.type, name) : undefined;
    // Not here: EF Core checks an Include when it compiles the query, inside the operation that
    // runs it (ToListAsync…), which is where the exception belongs (conformance q-include-invalid).
    if (!nav)
      return this.with(
        { invalidInclude: this.state.invalidInclude ?? invalidIncludeExpression(text) },
        'Include',
        selector,
      );
    const includes = this.state.includes ?? [];
    if (includes.includes(nav)) return this.with({}, 'Include', selector);
    return this.with({ includes: [...includes, nav] }, 'Include', selector);
  }
  AsNoTracking(): Queryable<T> {
    return this.with({ tracking: 'noTracking' }, 'AsNoTracking');
  }
  AsNoTrackingWithIdentityResolution(): Queryable<T> {
    return this.with({ tracking: 'identityResolution' }, 'AsNoTrackingWithIdentityResolution');
  }
  AsTracking(): Queryable<T> {
    return this.with({ tracking: 'tracking' }, 'AsTracking');
  }

  private spec(terminal: QueryTerminal, predicate?: Predicate): QuerySpec {
    return {
      entityType: this.state.type,
      where: this.state.where as Lambda[],
      orderBy: this.state.orderBy as { key: Lambda; descending: boolean }[],
      skip: this.state.skip,
      take: this.state.take,
      terminal,
      terminalPredicate: (predicate ?? null) as Lambda | null,
      calls: this.state.calls,
      includes: this.state.includes ?? [],
      invalidInclude: this.state.invalidInclude,
    };
  }

  private get tracking(): Tracking {
    return this.state.tracking ?? 'tracking';
  }

  ToListAsync(): SimTask<T[]> {
    return runQueryAsync(this.ctx, 'ToListAsync', this.spec('ToList'), this.tracking) as SimTask<T[]>;
  }
  FirstAsync(predicate?: Predicate): SimTask<T> {
    return runQueryAsync(this.ctx, 'FirstAsync', this.spec('First', predicate), this.tracking) as SimTask<T>;
  }
  FirstOrDefaultAsync(predicate?: Predicate): SimTask<T | null> {
    return runQueryAsync(
      this.ctx,
      'FirstOrDefaultAsync',
      this.spec('FirstOrDefault', predicate),
      this.tracking,
    ) as SimTask<T | null>;
  }
  SingleAsync(predicate?: Predicate): SimTask<T> {
    return runQueryAsync(
      this.ctx,
      'SingleAsync',
      this.spec('Single', predicate),
      this.tracking,
    ) as SimTask<T>;
  }
  SingleOrDefaultAsync(predicate?: Predicate): SimTask<T | null> {
    return runQueryAsync(
      this.ctx,
      'SingleOrDefaultAsync',
      this.spec('SingleOrDefault', predicate),
      this.tracking,
    ) as SimTask<T | null>;
  }
  CountAsync(predicate?: Predicate): SimTask<number> {
    return runQueryAsync(
      this.ctx,
      'CountAsync',
      this.spec('Count', predicate),
      this.tracking,
    ) as SimTask<number>;
  }
  AnyAsync(predicate?: Predicate): SimTask<boolean> {
    return runQueryAsync(
      this.ctx,
      'AnyAsync',
      this.spec('Any', predicate),
      this.tracking,
    ) as SimTask<boolean>;
  }
  AsAsyncEnumerable(): AsyncIterable<T> {
    return streamQuery(this.ctx, this.spec('AsAsyncEnumerable'), this.tracking) as AsyncIterable<T>;
  }

  ToList(): T[] {
    return runQuerySync(this.ctx, 'ToList', this.spec('ToList'), this.tracking) as T[];
  }
  First(predicate?: Predicate): T {
    return runQuerySync(this.ctx, 'First', this.spec('First', predicate), this.tracking) as T;
  }
  FirstOrDefault(predicate?: Predicate): T | null {
    return runQuerySync(
      this.ctx,
      'FirstOrDefault',
      this.spec('FirstOrDefault', predicate),
      this.tracking,
    ) as T | null;
  }
  Single(predicate?: Predicate): T {
    return runQuerySync(this.ctx, 'Single', this.spec('Single', predicate), this.tracking) as T;
  }
  SingleOrDefault(predicate?: Predicate): T | null {
    return runQuerySync(
      this.ctx,
      'SingleOrDefault',
      this.spec('SingleOrDefault', predicate),
      this.tracking,
    ) as T | null;
  }
  Count(predicate?: Predicate): number {
    return runQuerySync(this.ctx, 'Count', this.spec('Count', predicate), this.tracking) as number;
  }
  Any(predicate?: Predicate): boolean {
    return runQuerySync(this.ctx, 'Any', this.spec('Any', predicate), this.tracking) as boolean;
  }
}
