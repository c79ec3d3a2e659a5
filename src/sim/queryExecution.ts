/**
 * Runs a translated query as one database operation and turns rows into entities:
 * tracking queries resolve identities through the state manager (a tracked key returns the
 * tracked instance with its in-memory values, never a conflict); AsNoTracking makes a new
 * instance per row; AsNoTrackingWithIdentityResolution resolves within the one query only.
 *
 * Streaming (AsAsyncEnumerable): the detector is held during each MoveNextAsync and released
 * between rows (EFCORE.md Decision 4). The first MoveNextAsync pays the command's round-trip;
 * each further row arrives after a tenth of the latency (rows stream in packets), so another
 * flow can land inside a MoveNextAsync and be caught, while work issued *between* rows on the
 * same flow is not. The stream's reader stays open from its first row to its end: on SQL Server
 * without MARS another command of the context is refused meanwhile (provider.ts). On SQLite each
 * MoveNextAsync completes before it returns.
 */
import type { EntityTypeDef, ModelDef, NavigationDef } from './data/modelTypes.ts';
import { canonicalProperties } from './data/defineModel.ts';
import { addToCollection } from './fixup.ts';
import { keyOf } from './data/modelTypes.ts';
import { materializeRow, translateQuery, TranslationError, type QuerySpec } from './data/translate.ts';
import type { ContextCore, OpPlan } from './dbOperation.ts';
import { disposedError, enterDetector, runAsync, runSync, sendCommand } from './dbOperation.ts';
import { completesSynchronously } from './provider.ts';
import type { QueryResult } from './dataAccess.ts';
import { InvalidOperationException, toExceptionInfo } from './exceptions.ts';
import {
  SEQUENCE_CONTAINS_MORE_THAN_ONE,
  SEQUENCE_CONTAINS_MORE_THAN_ONE_ASYNC,
  SEQUENCE_CONTAINS_NO_ELEMENTS,
  SEQUENCE_CONTAINS_NO_ELEMENTS_ASYNC,
} from './messages.ts';
import type { StateManager } from './stateManager.ts';
import type { SimTask } from './simTask.ts';
import type { Tracking } from './queryable.ts';
import { libraryFrames } from './libraryFrames.ts';
import { markClrList } from './data/funcletizer.ts';

export interface QueryContext extends ContextCore {
  readonly model: ModelDef;
  readonly stateManager: StateManager;
  /** Creates an instance of the entity class for `type` (so `instanceof Customer` holds). */
  createEntity(type: EntityTypeDef, values: Record<string, unknown>): Record<string, unknown>;
}

function translate(ctx: QueryContext, spec: QuerySpec) {
  try {
    return translateQuery(spec, ctx.model);
  } catch (error) {
    if (error instanceof TranslationError) {
      const e = new InvalidOperationException(error.message);
      e.libraryFrames = libraryFrames('translation', spec.terminal);
      throw e;
    }
    throw error;
  }
}

/** Materializes rows per the query's tracking behaviour (and its Include, when the query has one). */
export function materialize(
  ctx: QueryContext,
  type: EntityTypeDef,
  result: QueryResult,
  tracking: Tracking,
  includes: readonly NavigationDef[] = [],
): Record<string, unknown>[] {
  const include = includes[0] ? includedType(ctx, includes[0]) : null;
  if (include) return materializeIncluded(ctx, type, result, tracking, include.nav, include.target);
  const keyName = keyOf(type).name;
  const local = new Map<unknown, Record<string, unknown>>();
  return result.rows.map((row) => {
    const values = materializeRow(type, result.columns, row);
    const make = () => ctx.createEntity(type, values);
    if (tracking === 'tracking') return ctx.stateManager.resolve(type, values[keyName], make);
    if (tracking === 'noTracking') return make();
    const key = values[keyName];
    let entity = local.get(key);
    if (!entity) local.set(key, (entity = make()));
    return entity;
  });
}

function includedType(
  ctx: QueryContext,
  nav: NavigationDef,
): { nav: NavigationDef; target: EntityTypeDef } | null {
  const target = ctx.model.entityTypes.find((t) => t.name === nav.target);
  return target ? { nav, target } : null;
}

/**
 * Rows of an Include query: the root's columns, then the included entity's. Tracking: both go
 * through identity resolution and fix-up links them. No tracking: each row's related entity is
 * new and linked by hand, as EF Core's shaper does (a collection Include still makes one root per
 * run of adjacent rows with its key, which the ORDER BY guarantees). Identity resolution: one
 * instance per key within the query.
 */
function materializeIncluded(
  ctx: QueryContext,
  type: EntityTypeDef,
  result: QueryResult,
  tracking: Tracking,
  nav: NavigationDef,
  target: EntityTypeDef,
): Record<string, unknown>[] {
  const n = canonicalProperties(type).length;
  const rootColumns = result.columns.slice(0, n);
  const relatedColumns = result.columns.slice(n);
  const rootKey = keyOf(type).name;
  const relatedKey = keyOf(target).name;
  const local = new Map<string, Map<unknown, Record<string, unknown>>>();
  const entityFor = (t: EntityTypeDef, key: unknown, values: Record<string, unknown>, reuse: boolean) => {
    const make = () => ctx.createEntity(t, values);
    if (tracking === 'tracking') return ctx.stateManager.resolve(t, key, make);
    if (tracking === 'noTracking' && !reuse) return make();
    let byKey = local.get(t.name);
    if (!byKey) local.set(t.name, (byKey = new Map()));
    let entity = byKey.get(key);
    if (!entity) byKey.set(key, (entity = make()));
    // Without tracking, the same root of adjacent rows is one instance; a later root with that key is new.
    if (tracking === 'noTracking') local.set(t.name, new Map([[key, entity]]));
    return entity;
  };
  const roots: Record<string, unknown>[] = [];
  for (const row of result.rows) {
    const values = materializeRow(type, rootColumns, row.slice(0, n));
    const root = entityFor(type, values[rootKey], values, nav.kind === 'collection');
    if (roots[roots.length - 1] !== root) roots.push(root);
    const relatedValues = materializeRow(target, relatedColumns, row.slice(n));
    const key = relatedValues[relatedKey];
    if (key === null || key === undefined) continue; // LEFT JOIN: a root without related rows
    const related = entityFor(target, key, relatedValues, false);
    if (tracking === 'tracking') continue; // fix-up linked them
    if (nav.kind === 'collection') {
      addToCollection(root, nav.name, related);
      if (nav.inverse) related[nav.inverse] = root;
    } else {
      root[nav.name] = related;
      if (nav.inverse) addToCollection(related, nav.inverse, root);
    }
  }
  return roots;
}

/**
 * The plan of one query. `async`: the Async terminals throw EF Core's own texts (with a period,
 * CoreStrings), the synchronous ones System.Linq's (without): conformance q-sequence-messages.
 */
function queryPlan(ctx: QueryContext, spec: QuerySpec, tracking: Tracking, async: boolean): OpPlan<unknown> {
  const { sql, params } = translate(ctx, spec);
  const noElements = async ? SEQUENCE_CONTAINS_NO_ELEMENTS_ASYNC : SEQUENCE_CONTAINS_NO_ELEMENTS;
  const moreThanOne = async ? SEQUENCE_CONTAINS_MORE_THAN_ONE_ASYNC : SEQUENCE_CONTAINS_MORE_THAN_ONE;
  return {
    commands: [{ sql, params, mode: 'query' }],
    complete: ([result]) => {
      const r = result as QueryResult;
      switch (spec.terminal) {
        case 'Count':
          return Number(r.rows[0]?.[0] ?? 0);
        case 'Any':
          return Boolean(r.rows[0]?.[0]);
        default: {
          const entities = materialize(ctx, spec.entityType, r, tracking, spec.includes);
          if (tracking === 'tracking' && entities.length) ctx.stateManager.snapshot();
          if (spec.terminal === 'ToList') return markClrList(entities);
          if (spec.terminal === 'First' && entities.length === 0)
            throw new InvalidOperationException(noElements);
          if (spec.terminal === 'Single') {
            if (entities.length === 0) throw new InvalidOperationException(noElements);
            if (entities.length > 1) throw new InvalidOperationException(moreThanOne);
          }
          if (spec.terminal === 'SingleOrDefault' && entities.length > 1)
            throw new InvalidOperationException(moreThanOne);
          return entities[0] ?? null;
        }
      }
    },
    summary: (value) => describe(spec, value),
  };
}

function describe(spec: QuerySpec, value: unknown): string {
  if (Array.isArray(value)) return `${value.length} ${spec.entityType.name}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return `1 ${spec.entityType.name}`;
  return String(value);
}

export function runQueryAsync(
  ctx: QueryContext,
  name: string,
  spec: QuerySpec,
  tracking: Tracking,
): SimTask<unknown> {
  return runAsync(ctx, { name, kind: 'query', entity: spec.entityType.name }, () =>
    queryPlan(ctx, spec, tracking, true),
  );
}

export function runQuerySync(ctx: QueryContext, name: string, spec: QuerySpec, tracking: Tracking): unknown {
  return runSync(ctx, { name, kind: 'query', entity: spec.entityType.name }, () =>
    queryPlan(ctx, spec, tracking, false),
  );
}

/** `for await (const x of query.AsAsyncEnumerable())`: one operation spanning the enumeration. */
export function streamQuery(ctx: QueryContext, spec: QuerySpec, tracking: Tracking): AsyncIterable<unknown> {
  return {
    [Symbol.asyncIterator]() {
      const rt = ctx.rt;
      // `for await` calls this implicitly: read the stack.
      const site = rt.stackSite();
      const line = site?.line ?? null;
      let op = 0;
      let connection: number | null = null;
      let rows: Record<string, unknown>[] | null = null;
      let index = 0;
      let finished = false;
      const flow = rt.flow;

      const end = (status: 'ok' | 'threw', error?: unknown) => {
        if (finished) return;
        finished = true;
        ctx.activity.ended(op);
        if (connection !== null) {
          rt.trace.emit({ type: 'connection-close', context: ctx.id, connection, op }, line);
          ctx.pool.close(connection);
          connection = null;
        }
        rt.trace.opEnded(
          op,
          status,
          error ? toExceptionInfo(error, site?.frames ?? []) : null,
          status === 'ok' ? `${index} ${spec.entityType.name} streamed` : 'threw',
        );
      };

      /** One MoveNextAsync: enter the detector, wait for the row, leave. */
      const moveNext = (): SimTask<IteratorResult<unknown>> => {
        const source = rt.taskSource<IteratorResult<unknown>>(line);
        if (finished) {
          source.resolve({ value: undefined, done: true });
          return source.task;
        }
        if (op === 0) {
          op = rt.newOpId();
          rt.trace.opStarted(op, ctx.id, 'AsAsyncEnumerable', 'query', spec.entityType.name, false, line);
        }
        try {
          if (ctx.disposed) throw disposedError(ctx, site, 'AsAsyncEnumerable', op);
          const planned = rows === null ? translate(ctx, spec) : null;
          const descriptor = {
            name: 'AsAsyncEnumerable',
            kind: 'query' as const,
            entity: spec.entityType.name,
          };
          enterDetector(ctx, op, site, descriptor);
          if (rows === null) sendCommand(ctx, op, site, descriptor);
          if (connection === null) {
            connection = ctx.pool.tryOpen() ?? 0;
            const info = rt.trace.operations.get(op);
            if (info) info.connection = connection;
            rt.trace.emit({ type: 'connection-open', context: ctx.id, connection, op }, line);
          }
          const latency =
            rows === null ? rt.drawLatency() : Math.max(1, Math.ceil(rt.settings.latencyMs / 10));
          const startedAt = rt.now;
          const arrive = () => {
            if (rows === null && planned) {
              const [result] = ctx.data.execute(
                [{ sql: planned.sql, params: planned.params, mode: 'query' }],
                {
                  context: ctx.id,
                  connection: connection ?? 0,
                  op,
                  starts: [startedAt],
                  latencies: [latency],
                },
              );
              rows = materialize(ctx, spec.entityType, result as QueryResult, tracking, spec.includes);
              if (tracking === 'tracking' && rows.length) ctx.stateManager.snapshot();
              ctx.activity.readerOpened(op);
            }
            ctx.detector.exit(op);
            rt.trace.emit({ type: 'detector-exit', context: ctx.id, op }, line);
            if (rows && index < rows.length) source.resolve({ value: rows[index++], done: false });
            else {
              end('ok');
              source.resolve({ value: undefined, done: true });
            }
          };
          if (completesSynchronously(rt.settings.provider)) {
            // Microsoft.Data.Sqlite reads on the caller's thread: the row is there when the call returns.
            rt.scheduler.block(latency);
            arrive();
          } else rt.scheduler.schedule(latency, () => rt.inFlow(flow, arrive));
        } catch (error) {
          end('threw', error);
          source.reject(error);
        }
        return source.task;
      };

      return {
        next: moveNext,
        return: (): Promise<IteratorResult<unknown>> => {
          end('ok');
          return Promise.resolve({ value: undefined, done: true });
        },
      };
    },
  };
}
