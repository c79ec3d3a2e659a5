/**
 * Compares the simulator's CLI JSON with the oracle's for one pair: outcome, exception (type,
 * exact message, line, failing operation), unobserved exceptions, SQL (context, parameters, text;
 * timings are not compared), console, final entry states, and how many contexts the run created.
 * Returns one readable line per difference.
 */
type Json = Record<string, unknown>;

interface ExceptionJson {
  type: string;
  message: string;
  line: number | null;
  operation: string | null;
}

const show = (v: unknown): string => JSON.stringify(v);

function exceptionKey(e: ExceptionJson | null | undefined): string {
  return e ? `${e.type} @${e.line ?? '?'} [${e.operation ?? '-'}]: ${e.message}` : 'none';
}

function entriesOf(run: Json): string[] {
  const entries = (run.entries as { context: number; entity: string; key: unknown; state: string }[]) ?? [];
  // A temporary key (Added, store-generated) has no meaning to compare beyond being temporary.
  const key = (k: unknown) => (typeof k === 'number' && k < 0 ? '<temporary>' : show(k));
  return entries.map((e) => `ctx${e.context} ${e.entity} ${key(e.key)} ${e.state}`).sort();
}

function sqlOf(run: Json): string[] {
  const sql = (run.sql as { context: number; parameters: string; text: string; failed?: boolean }[]) ?? [];
  return sql.map((s) => `ctx${s.context}${s.failed ? ' FAILED' : ''} [${s.parameters}] ${s.text}`);
}

function listDiff(field: string, sim: string[], ef: string[], out: string[]): void {
  const n = Math.max(sim.length, ef.length);
  for (let i = 0; i < n; i++) {
    if (sim[i] === ef[i]) continue;
    out.push(`${field}[${i}]: simulator ${show(sim[i] ?? '(none)')} ≠ EF Core ${show(ef[i] ?? '(none)')}`);
    if (out.length > 12) return;
  }
}

export function compareRuns(sim: Json, ef: Json): string[] {
  const out: string[] = [];
  if (sim.outcome !== ef.outcome) {
    out.push(
      `outcome: simulator ${show(sim.outcome)} ≠ EF Core ${show(ef.outcome)}${ef.stopReason ? ` (${ef.stopReason})` : ''}`,
    );
  }
  const se = exceptionKey(sim.exception as ExceptionJson | null);
  const ee = exceptionKey(ef.exception as ExceptionJson | null);
  if (se !== ee) out.push(`exception: simulator ${show(se)} ≠ EF Core ${show(ee)}`);
  const su = ((sim.unobserved as ExceptionJson[]) ?? []).map(exceptionKey).sort();
  const eu = ((ef.unobserved as ExceptionJson[]) ?? []).map(exceptionKey).sort();
  listDiff('unobserved', su, eu, out);
  listDiff('sql', sqlOf(sim), sqlOf(ef), out);
  listDiff('console', (sim.console as string[]) ?? [], (ef.console as string[]) ?? [], out);
  listDiff('entries', entriesOf(sim), entriesOf(ef), out);
  const sc = (sim.contexts as unknown[])?.length ?? 0;
  const ec = (ef.contexts as unknown[])?.length ?? 0;
  if (sc !== ec) out.push(`contexts: simulator created ${sc} ≠ EF Core ${ec}`);
  return out;
}
