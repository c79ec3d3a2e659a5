/**
 * Completion items and hovers for the playground's C# API, as plain data (csharpHelp.ts hands
 * them to Monaco). Deliberately textual, not a C# type checker: the receiver before the dot is
 * read from the line (`db.`, `db.Orders.`, `Task.`, `factory.`, `scope.ServiceProvider.`), and a
 * lambda parameter gets its entity's properties when the lambda is an argument of a DbSet query
 * (`db.Orders.Where(o => o.`).
 */
import type { EntitySurface, ModelSurface } from '../../runner/apiSurface.ts';

export type ItemKind = 'property' | 'method' | 'enum' | 'class';

export interface ApiItem {
  label: string;
  kind: ItemKind;
  /** The signature, shown beside the item and in hovers. */
  detail: string;
  documentation: string;
  /** What is inserted (the label when absent). */
  insertText?: string;
}

const m = (label: string, detail: string, documentation: string, insertText?: string): ApiItem => ({
  label,
  kind: 'method',
  detail,
  documentation,
  ...(insertText ? { insertText } : {}),
});

const TASK: ApiItem[] = [
  m(
    'WhenAll',
    'Task Task.WhenAll(params Task[] tasks)',
    'Waits for every task; they run concurrently. Two of them on one DbContext is the classic collision.',
  ),
  m(
    'WhenAny',
    'Task<Task> Task.WhenAny(params Task[] tasks)',
    'Completes when the first task completes; the others keep running (and may still use the context).',
  ),
  m(
    'Run',
    'Task Task.Run(Func<Task> work)',
    'Queues work on the thread pool: it runs concurrently with the caller.',
  ),
  m('Delay', 'Task Task.Delay(int milliseconds)', 'Waits on the virtual clock.'),
  {
    label: 'CompletedTask',
    kind: 'property',
    detail: 'Task Task.CompletedTask',
    documentation: 'A task that has already completed.',
  },
];

const PARALLEL: ApiItem[] = [
  m(
    'ForEachAsync',
    'Task Parallel.ForEachAsync<T>(IEnumerable<T> source, ParallelOptions options, Func<T, CancellationToken, ValueTask> body)',
    'Runs the body for the items concurrently (MaxDegreeOfParallelism at a time). Each body needs its own DbContext.',
  ),
];

const FACTORY: ApiItem[] = [
  m(
    'CreateDbContextAsync',
    'Task<AppDb> IDbContextFactory<AppDb>.CreateDbContextAsync()',
    'A new context of your own: dispose it (`await using var db = …`). The safe way to run queries concurrently.',
  ),
  m(
    'CreateDbContext',
    'AppDb IDbContextFactory<AppDb>.CreateDbContext()',
    'A new context of your own (synchronous form).',
  ),
];

const SCOPES: ApiItem[] = [
  m(
    'CreateAsyncScope',
    'AsyncServiceScope IServiceScopeFactory.CreateAsyncScope()',
    'A new DI scope: its scoped services (the AppDb) are its own. `await using var scope = …`.',
  ),
  m(
    'CreateScope',
    'IServiceScope IServiceScopeFactory.CreateScope()',
    'A new DI scope (synchronous dispose).',
  ),
];

const PROVIDER: ApiItem[] = [
  m(
    'GetRequiredService',
    'T IServiceProvider.GetRequiredService<T>()',
    'Resolves a service from this scope: `GetRequiredService<AppDb>()` gives the scope\u2019s context.',
    'GetRequiredService<AppDb>()',
  ),
];

const SCOPE: ApiItem[] = [
  {
    label: 'ServiceProvider',
    kind: 'property',
    detail: 'IServiceProvider IServiceScope.ServiceProvider',
    documentation: 'The scope\u2019s services.',
  },
];

const ENTITY_STATE: ApiItem[] = ['Detached', 'Unchanged', 'Added', 'Modified', 'Deleted'].map((s) => ({
  label: s,
  kind: 'enum',
  detail: `EntityState.${s}`,
  documentation: `The change tracker's state ${s}.`,
}));

const CONTEXT: ApiItem[] = [
  m(
    'SaveChangesAsync',
    'Task<int> DbContext.SaveChangesAsync()',
    'Writes the tracked changes in one transaction. Await it before using the context again.',
  ),
  m(
    'SaveChanges',
    'int DbContext.SaveChanges()',
    'Synchronous SaveChanges: blocks the thread while the database works.',
  ),
  m(
    'Entry',
    'EntityEntry<T> DbContext.Entry<T>(T entity)',
    'The tracker\u2019s entry for an entity: `.State`, `.CurrentValues`.',
  ),
  m('Add', 'EntityEntry<T> DbContext.Add<T>(T entity)', 'Starts tracking the entity as Added.'),
  m(
    'Update',
    'EntityEntry<T> DbContext.Update<T>(T entity)',
    'Attaches the entity (and its graph) as Modified.',
  ),
  m('Remove', 'EntityEntry<T> DbContext.Remove<T>(T entity)', 'Marks the entity Deleted.'),
  m('Attach', 'EntityEntry<T> DbContext.Attach<T>(T entity)', 'Starts tracking the entity as Unchanged.'),
  {
    label: 'ChangeTracker',
    kind: 'property',
    detail: 'ChangeTracker DbContext.ChangeTracker',
    documentation: 'The tracked entities: `ChangeTracker.Entries<T>()`.',
  },
];

const QUERY: ApiItem[] = [
  m(
    'Where',
    'IQueryable<T> Where(Expression<Func<T, bool>> predicate)',
    'Filters in SQL (the lambda becomes a WHERE clause).',
  ),
  m('OrderBy', 'IQueryable<T> OrderBy(Expression<Func<T, TKey>> key)', 'Sorts in SQL.'),
  m(
    'Include',
    'IQueryable<T> Include(Expression<Func<T, TNav>> navigation)',
    'Loads a navigation with the same query.',
  ),
  m('AsNoTracking', 'IQueryable<T> AsNoTracking()', 'Results are not tracked (no identity map, no fix-up).'),
  m(
    'FirstAsync',
    'Task<T> FirstAsync(Expression<Func<T, bool>> predicate)',
    'The first match; throws when there is none. One command on the context\u2019s connection.',
  ),
  m(
    'FirstOrDefaultAsync',
    'Task<T?> FirstOrDefaultAsync(Expression<Func<T, bool>> predicate)',
    'The first match, or null.',
  ),
  m('ToListAsync', 'Task<List<T>> ToListAsync()', 'Runs the query and buffers every row.'),
  m('CountAsync', 'Task<int> CountAsync()', 'SELECT COUNT(*) in the database.'),
  m('AnyAsync', 'Task<bool> AnyAsync(Expression<Func<T, bool>> predicate)', 'Whether a row matches.'),
  m(
    'FindAsync',
    'ValueTask<T?> FindAsync(params object[] keys)',
    'By key: the tracked instance if there is one, else a query.',
  ),
  m('Find', 'T? Find(params object[] keys)', 'By key, synchronously.'),
  m('Add', 'EntityEntry<T> Add(T entity)', 'Starts tracking the entity as Added.'),
  m('AddAsync', 'ValueTask<EntityEntry<T>> AddAsync(T entity)', 'Starts tracking the entity as Added.'),
  m('First', 'T First(Expression<Func<T, bool>> predicate)', 'Synchronous FirstAsync: blocks the thread.'),
  m('ToList', 'List<T> ToList()', 'Synchronous ToListAsync: blocks the thread.'),
];

function dbSetItems(model: ModelSurface): ApiItem[] {
  return model.entities.map((e) => ({
    label: e.dbSet,
    kind: 'property',
    detail: `DbSet<${e.name}> ${model.contextName}.${e.dbSet}`,
    documentation: `The ${e.name} entities (table ${e.table}).`,
  }));
}

function entityItems(e: EntitySurface): ApiItem[] {
  return [
    ...e.properties.map((p) => ({
      label: p.name,
      kind: 'property' as const,
      detail: `${p.type} ${e.name}.${p.name}`,
      documentation: p.key ? 'The key.' : `Column ${p.name} of ${e.table}.`,
    })),
    ...e.navigations.map((n) => ({
      label: n.name,
      kind: 'property' as const,
      detail: `${n.type} ${e.name}.${n.name}`,
      documentation: 'A navigation.',
    })),
  ];
}

/** Names that hold a context: assigned from the factory, a scope or `new AppDb`, or typed AppDb. */
function contextNames(text: string, contextName: string): Set<string> {
  const names = new Set(['db']);
  const assigned =
    /(?:var|\b\w+)\s+(\w+)\s*=\s*(?:await\s+)?(?:\w+\.CreateDbContext(?:Async)?\(|[\w.]*GetRequiredService<\w+>\(|new\s+\w+\()/g;
  for (const match of text.matchAll(assigned)) names.add(match[1]);
  for (const match of text.matchAll(new RegExp(`\\b${contextName}\\s+(\\w+)\\b`, 'g'))) names.add(match[1]);
  return names;
}

/** A lambda parameter bound to a DbSet's entity: `db.Orders.Where(o =>` gives o → Order. */
function lambdaEntities(text: string, model: ModelSurface): Map<string, EntitySurface> {
  const out = new Map<string, EntitySurface>();
  for (const match of text.matchAll(/\.(\w+)\s*\.\s*\w+\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>/g)) {
    const entity = model.entities.find((e) => e.dbSet === match[1]);
    if (entity) out.set(match[2], entity);
  }
  return out;
}

/** The items after the dot the cursor follows (`before` is the line's text up to the cursor). */
export function completionsAt(text: string, before: string, model: ModelSurface): ApiItem[] {
  const chain = /([\w.]*\w)\s*\.\s*\w*$/.exec(
    before.replace(/[\w.]*GetRequiredService<\w+>\(\)/g, ' ctx'),
  )?.[1];
  if (!chain) return [];
  const parts = chain.split('.');
  const last = parts[parts.length - 1];
  if (parts.length === 1) {
    if (last === 'Task') return TASK;
    if (last === 'Parallel') return PARALLEL;
    if (last === 'EntityState') return ENTITY_STATE;
    if (/factory/i.test(last)) return FACTORY;
    if (/^scopes$|scopeFactory/i.test(last)) return SCOPES;
    if (/scope$/i.test(last)) return SCOPE;
    if (last === 'ctx' || contextNames(text, model.contextName).has(last))
      return [...dbSetItems(model), ...CONTEXT];
    const entity = lambdaEntities(text, model).get(last);
    return entity ? entityItems(entity) : [];
  }
  if (last === 'ServiceProvider') return PROVIDER;
  if (model.entities.some((e) => e.dbSet === last)) return QUERY;
  return [];
}

/** The hover text for a word of the playground's API, or null. */
export function hoverFor(word: string, model: ModelSurface): ApiItem | null {
  const all = [
    ...dbSetItems(model),
    ...TASK,
    ...PARALLEL,
    ...FACTORY,
    ...SCOPES,
    ...PROVIDER,
    ...CONTEXT.filter((i) => i.label !== 'Add'),
  ];
  return all.find((i) => i.label === word) ?? null;
}

/** A member the playground's API does not have, found as you type (a warning: Run would fail on it). */
export interface UnknownMember {
  line: number;
  /** 1-based columns of the member's name. */
  column: number;
  endColumn: number;
  message: string;
}

const CONTEXT_MEMBERS = new Set([
  ...CONTEXT.map((i) => i.label),
  'AddAsync',
  'AddRange',
  'AddRangeAsync',
  'UpdateRange',
  'RemoveRange',
  'AttachRange',
  'Find',
  'FindAsync',
  'Set',
  'Database',
  'Dispose',
  'DisposeAsync',
  'Model',
  'ContextId',
  'Equals',
  'GetHashCode',
  'GetType',
  'ToString',
]);
const TASK_MEMBERS = new Set([
  ...TASK.map((i) => i.label),
  'Yield',
  'FromResult',
  'WaitAll',
  'WaitAny',
  'Factory',
  'CompletedTask',
]);

/** The line with its comment and string literals blanked (same columns), so they are never read as code. */
function codeOnly(line: string): string {
  return line
    .replace(/"(?:[^"\\]|\\.)*"/g, (s) => '"' + ' '.repeat(s.length - 2) + '"')
    .replace(/\/\/.*$/, (s) => ' '.repeat(s.length));
}

/**
 * Members of the context (`db.Orderz`), of `Task`, and of an entity in a DbSet query's lambda
 * (`o => o.Totl`) that do not exist. Textual like the completions: a lambda parameter is only read
 * on the line of its lambda, so a name reused for something else elsewhere is never misread.
 */
export function unknownMembers(text: string, model: ModelSurface): UnknownMember[] {
  const out: UnknownMember[] = [];
  const contexts = contextNames(text, model.contextName);
  const sets = new Set(model.entities.map((e) => e.dbSet));
  text.split('\n').forEach((raw, i) => {
    const line = codeOnly(raw);
    const report = (index: number, name: string, message: string) =>
      out.push({ line: i + 1, column: index + 1, endColumn: index + 1 + name.length, message });
    for (const m of line.matchAll(/(?<![\w.])(\w+)\s*\.\s*([A-Z]\w*)/g)) {
      const [, receiver, member] = m;
      const at = m.index + m[0].length - member.length;
      if (contexts.has(receiver) && !sets.has(member) && !CONTEXT_MEMBERS.has(member))
        report(
          at,
          member,
          `${model.contextName} has no member '${member}'. Its DbSets: ${[...sets].join(', ')}.`,
        );
      else if (receiver === 'Task' && !TASK_MEMBERS.has(member))
        report(
          at,
          member,
          `The playground's Task has no '${member}' (it has ${[...TASK_MEMBERS].join(', ')}).`,
        );
    }
    for (const lambda of line.matchAll(/\.(\w+)\s*\.\s*\w+\s*\(\s*\(?\s*(\w+)\s*\)?\s*=>/g)) {
      const entity = model.entities.find((e) => e.dbSet === lambda[1]);
      if (!entity) continue;
      const known = new Set([
        ...entity.properties.map((p) => p.name),
        ...entity.navigations.map((n) => n.name),
      ]);
      const param = lambda[2];
      for (const m of line
        .slice(lambda.index)
        .matchAll(new RegExp(`(?<![\\w.])${param}\\s*\\.\\s*(\\w+)`, 'g'))) {
        const member = m[1];
        if (known.has(member)) continue;
        const at = lambda.index + m.index + m[0].length - member.length;
        report(at, member, `${entity.name} has no property '${member}' (it has ${[...known].join(', ')}).`);
      }
    }
  });
  return out;
}
