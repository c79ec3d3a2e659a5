/**
 * The EF Core frames a .NET stack trace shows above the learner's line, so the Exception panel
 * reads like a real log. Names follow EF Core 10's sources (ConcurrencyDetector,
 * SingleQueryingEnumerable, StateManager, IdentityMap, DbContext.CheckDisposed…).
 */
import type { OperationKind } from './trace.ts';

export type FailureKind =
  'collision' | 'disposed' | 'identity' | 'concurrency' | 'pool' | 'translation' | 'reader' | 'generic';

const EF = 'Microsoft.EntityFrameworkCore';

function apiFrame(method: string): string {
  if (/^(ToList|First|FirstOrDefault|Single|SingleOrDefault|Count|Any)Async$/.test(method))
    return `${EF}.EntityFrameworkQueryableExtensions.${method}[TSource](IQueryable\`1 source, CancellationToken cancellationToken)`;
  if (/^(ToList|First|FirstOrDefault|Single|SingleOrDefault|Count|Any)$/.test(method))
    return `System.Linq.Enumerable.${method}[TSource](IEnumerable\`1 source)`;
  if (method === 'AsAsyncEnumerable')
    return `${EF}.Query.Internal.EntityQueryable\`1.GetAsyncEnumerator(CancellationToken cancellationToken)`;
  if (method === 'FindAsync' || method === 'Find')
    return `${EF}.Internal.InternalDbSet\`1.${method}(Object[] keyValues)`;
  if (method.startsWith('ExecuteSql'))
    return `${EF}.RelationalDatabaseFacadeExtensions.${method}(DatabaseFacade databaseFacade, String sql, Object[] parameters)`;
  return `${EF}.DbContext.${method}()`;
}

export function libraryFrames(failure: FailureKind, method: string, kind: OperationKind = 'query'): string[] {
  switch (failure) {
    case 'collision': {
      const enter = `${EF}.Infrastructure.Internal.ConcurrencyDetector.EnterCriticalSection()`;
      if (kind === 'save')
        return [
          enter,
          `${EF}.ChangeTracking.Internal.StateManager.${method}(IList\`1 entriesToSave)`,
          apiFrame(method),
        ];
      if (kind === 'raw') return [enter, apiFrame(method)];
      const move =
        method.endsWith('Async') || method === 'AsAsyncEnumerable'
          ? 'AsyncEnumerator.MoveNextAsync()'
          : 'Enumerator.MoveNext()';
      return [enter, `${EF}.Query.Internal.SingleQueryingEnumerable\`1.${move}`, apiFrame(method)];
    }
    case 'disposed':
      return [`${EF}.DbContext.CheckDisposed()`, apiFrame(method)];
    case 'identity':
      return [
        `${EF}.ChangeTracking.Internal.IdentityMap\`1.ThrowIdentityConflict(InternalEntityEntry entry)`,
        `${EF}.ChangeTracking.Internal.IdentityMap\`1.Add(TKey key, InternalEntityEntry entry, Boolean updateDuplicate)`,
        `${EF}.ChangeTracking.Internal.StateManager.StartTracking(InternalEntityEntry entry)`,
        `${EF}.ChangeTracking.Internal.InternalEntityEntry.SetEntityState(EntityState entityState)`,
        apiFrame(method),
      ];
    case 'concurrency':
      return [
        `${EF}.Update.AffectedCountModificationCommandBatch.ThrowAggregateUpdateConcurrencyExceptionAsync(RelationalDataReader reader, Int32 commandIndex, Int32 expectedRowsAffected, Int32 rowsAffected)`,
        `${EF}.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable\`1 commandBatches, IRelationalConnection connection)`,
        `${EF}.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList\`1 entriesToSave)`,
        apiFrame(method),
      ];
    case 'pool':
      return [
        'Microsoft.Data.SqlClient.ConnectionPool.DbConnectionPool.TryGetConnection(DbConnection owningObject)',
        `${EF}.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken)`,
        apiFrame(method),
      ];
    case 'reader': {
      // SqlClient refuses the command (SQL Server without MARS, provider.ts).
      const exec = kind === 'save' || kind === 'raw' ? 'ExecuteNonQueryAsync' : 'ExecuteReaderAsync';
      return [
        'Microsoft.Data.SqlClient.SqlInternalConnectionTds.ValidateConnectionForExecute(SqlCommand command)',
        `Microsoft.Data.SqlClient.SqlCommand.${exec}(CancellationToken cancellationToken)`,
        `${EF}.Storage.RelationalCommand.${exec}(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)`,
        apiFrame(method),
      ];
    }
    case 'translation':
      return [
        `${EF}.Query.QueryableMethodTranslatingExpressionVisitor.Translate(Expression expression)`,
        apiFrame(method),
      ];
    default:
      return [apiFrame(method)];
  }
}
