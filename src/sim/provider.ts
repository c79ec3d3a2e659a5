/**
 * The database provider a run simulates. It changes only what the provider changes in reality:
 *
 * - `sqlserver`: SqlClient over the network. Async commands really wait (the run's latency).
 *   Without MARS (the connection-string default) one connection runs one command at a time:
 *   SqlClient's `SqlInternalConnectionTds.ValidateConnectionForExecute` refuses a new command
 *   while another async command on the connection is still executing ("The connection does not
 *   support MultipleActiveResultSets.") or while a data reader is still open ("There is already
 *   an open DataReader associated with this Connection which must be closed first.").
 *   EF Core's ConcurrencyDetector checks first, so on one context with thread-safety checks on
 *   these surface only where the detector is not held: between the rows of a streaming query,
 *   or with `EnableThreadSafetyChecks(false)`.
 * - `sqlserver-mars`: the same with `MultipleActiveResultSets=True`: no such refusal.
 * - `sqlite`: Microsoft.Data.Sqlite runs in process and has no async I/O; its async methods run
 *   synchronously, so an async EF Core call has finished (or failed) when it returns. Commands
 *   still take the run's latency, spent blocking the caller's thread. Several readers may be
 *   open on one connection.
 *
 * Sources: SqlClient's sources (ValidateConnectionForExecute, ADP.OpenReaderExists,
 * SQL.MARSUnsupportedOnConnection) for the two SQL Server messages, which the oracle (real EF Core
 * on SQLite) cannot show; the SQLite claim is checked by the oracle with no latency interceptor
 * (conformance/scenarios/p-sqlite-*).
 */
export type Provider = 'sqlserver' | 'sqlserver-mars' | 'sqlite';

export const PROVIDERS: readonly Provider[] = ['sqlserver', 'sqlserver-mars', 'sqlite'];

export const DEFAULT_PROVIDER: Provider = 'sqlserver';

/** Short names for headers and menus. */
export const PROVIDER_LABELS: Record<Provider, string> = {
  sqlserver: 'SQL Server',
  'sqlserver-mars': 'SQL Server (MARS)',
  sqlite: 'SQLite',
};

export function isProvider(value: unknown): value is Provider {
  return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

/** Async methods complete before they return (Microsoft.Data.Sqlite has no async I/O). */
export function completesSynchronously(provider: Provider): boolean {
  return provider === 'sqlite';
}

/** One command or open reader per connection (SQL Server without MARS). */
export function oneCommandPerConnection(provider: Provider): boolean {
  return provider === 'sqlserver';
}
