/**
 * EF Core's own message texts (EF Core 10, src/EFCore/Properties/CoreStrings.resx and
 * RelationalStrings.resx; see ../shared/EFCORE.md §1). Kept verbatim: fidelity is the point.
 */

/** CoreStrings.ConcurrentMethodInvocation (InvalidOperationException), unchanged since EF Core 6. */
export const CONCURRENT_METHOD_INVOCATION =
  'A second operation was started on this context instance before a previous operation completed. ' +
  'This is usually caused by different threads concurrently using the same instance of DbContext. ' +
  'For more information on how to avoid threading issues with DbContext, see https://go.microsoft.com/fwlink/?linkid=2097913.';

/** CoreStrings.IdentityConflict: `{keyProperties}` is `{'Id'}`. */
export function identityConflict(entityType: string, keyProperties: string): string {
  return (
    `The instance of entity type '${entityType}' cannot be tracked because another instance with the same key value for ${keyProperties} is already being tracked. ` +
    'When attaching existing entities, ensure that only one entity instance with a given key value is attached. ' +
    "Consider using 'DbContextOptionsBuilder.EnableSensitiveDataLogging' to see the conflicting key values."
  );
}

/** CoreStrings.IdentityConflictSensitive: `{keyValue}` is `{Id: 7}`. */
export function identityConflictSensitive(entityType: string, keyValue: string): string {
  return (
    `The instance of entity type '${entityType}' cannot be tracked because another instance with the key value '${keyValue}' is already being tracked. ` +
    'When attaching existing entities, ensure that only one entity instance with a given key value is attached.'
  );
}

/** CoreStrings.ContextDisposed; ObjectDisposedException.Message appends the object name line. */
export const CONTEXT_DISPOSED =
  'Cannot access a disposed context instance. A common cause of this error is disposing a context instance that was resolved from dependency injection and then later trying to use the same context instance elsewhere in your application. ' +
  "This may occur if you are calling 'Dispose' on the context instance, or wrapping it in a using statement. " +
  'If you are using dependency injection, you should let the dependency injection container take care of disposing context instances.';

export function contextDisposed(contextType: string): string {
  return `${CONTEXT_DISPOSED}\nObject name: '${contextType}'.`;
}

/** RelationalStrings.UpdateConcurrencyException (DbUpdateConcurrencyException). */
export function updateConcurrency(expectedRows: number, actualRows: number): string {
  return (
    `The database operation was expected to affect ${expectedRows} row(s), but actually affected ${actualRows} row(s); ` +
    'data may have been modified or deleted since entities were loaded. ' +
    'See https://go.microsoft.com/fwlink/?LinkId=527962 for information on understanding and handling optimistic concurrency exceptions.'
  );
}

/** CoreStrings.KeyReadOnly: rendered property first, then entity type: `'Customer.Id'`. */
export function keyReadOnly(property: string, entityType: string): string {
  return (
    `The property '${entityType}.${property}' is part of a key and so cannot be modified or marked as modified. ` +
    "To change the principal of an existing entity with an identifying foreign key, first delete the dependent and invoke 'SaveChanges', and then associate the dependent with the new principal."
  );
}

/** System.Linq: First() on an empty sequence (the synchronous terminals run through System.Linq). */
export const SEQUENCE_CONTAINS_NO_ELEMENTS = 'Sequence contains no elements';
/** System.Linq: Single() on more than one element. */
export const SEQUENCE_CONTAINS_MORE_THAN_ONE = 'Sequence contains more than one element';
/** CoreStrings.SequenceContainsNoElements: FirstAsync/SingleAsync on no rows (EF Core's own text, with a period). */
export const SEQUENCE_CONTAINS_NO_ELEMENTS_ASYNC = 'Sequence contains no elements.';
/** CoreStrings.SequenceContainsMoreThanOneElement: SingleAsync/SingleOrDefaultAsync on two rows. */
export const SEQUENCE_CONTAINS_MORE_THAN_ONE_ASYNC = 'Sequence contains more than one element.';

/** CoreStrings.InvalidSetType. */
export function invalidSetType(typeName: string): string {
  return `Cannot create a DbSet for '${typeName}' because this type is not included in the model for the context.`;
}

/** CoreStrings.EntityTypeNotFound (Entry/Add of an object that is not an entity of the model). */
export function entityTypeNotFound(typeName: string): string {
  return `The entity type '${typeName}' was not found. Ensure that the entity type has been added to the model.`;
}

/** Microsoft.Data.SqlClient's pool timeout, for a pool exhausted past the connection timeout. */
export const POOL_TIMEOUT =
  'Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.';

/** .NET's TaskCanceledException / ObjectDisposedException for a disposed service scope. */
export function scopeDisposed(): string {
  return "Cannot access a disposed object.\nObject name: 'IServiceProvider'.";
}

/** CoreStrings.TempValuePersists: an Added entity with a temporary key cannot become Unchanged/Modified/Deleted. */
export function tempValuePersists(property: string, entityType: string, state: string): string {
  return (
    `The property '${entityType}.${property}' has a temporary value while attempting to change the entity's state to '${state}'. ` +
    'Either set a permanent value explicitly, or ensure that the database is configured to generate values for this property.'
  );
}

/** RelationalStrings.UpdateStoreException (DbUpdateException). */
export const UPDATE_STORE_EXCEPTION =
  'An error occurred while saving the entity changes. See the inner exception for details.';

/**
 * CoreStrings.InvalidIncludeExpression: an Include lambda that is not a navigation access
 * (`Include(c => c.Name)`, `Include(c => c.Orders.Count)`).
 */
export function invalidIncludeExpression(expression: string): string {
  return (
    `The expression '${expression}' is invalid inside an 'Include' operation, since it does not represent a property access: 't => t.MyProperty'. ` +
    "To target navigations declared on derived types, use casting ('t => ((Derived)t).MyProperty') or the 'as' operator ('t => (t as Derived).MyProperty'). " +
    'Collection navigation access can be filtered by composing Where, OrderBy(Descending), ThenBy(Descending), Skip or Take operations. ' +
    'For more information on including related data, see https://go.microsoft.com/fwlink/?LinkID=746393.'
  );
}

/** SqlClient without MARS, a live reader on the connection (ADP.OpenReaderExists(marsOn: false)). */
export const OPEN_DATAREADER =
  'There is already an open DataReader associated with this Connection which must be closed first.';

/** SqlClient without MARS, another async command still executing (SQL.MARSUnsupportedOnConnection). */
export const MARS_UNSUPPORTED = 'The connection does not support MultipleActiveResultSets.';
