/**
 * ChangeTracker.DebugView and the tracker snapshots of the trace, rendered as EF Core renders
 * them (EFCORE.md §4.1): entries sorted by entity type name then key; ShortView one line per
 * entry, LongView one line per property with PK / Modified / Originally markers.
 */
import type { InternalEntry } from './entityEntry.ts';
import type { TrackerEntry } from './trace.ts';
import { canonicalProperties } from './data/defineModel.ts';
import { keyOf, navigationsOf, type EntityTypeDef } from './data/modelTypes.ts';
import { entityTypeOf } from './entities.ts';

/** DebugView's value format: numbers bare, anything else single-quoted (truncated past 63 chars), null as <null>. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '<null>';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? "'True'" : "'False'";
  const text = value instanceof Date ? formatDotnetDateTime(value) : String(value);
  return `'${text.length > 63 ? text.slice(0, 60) + '...' : text}'`;
}

/**
 * A DateTime as .NET's `ToString()` prints it under en-US (what DebugView shows): `1/3/2025 9:15:00 AM`.
 * UTC getters: the simulator's dates are UTC, and replay must not depend on the host's zone.
 */
export function formatDotnetDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const h = date.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ` +
    `${h % 12 === 0 ? 12 : h % 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`
  );
}

/** `{Id: 7}` — the key as EF Core prints it in messages and views. */
export function formatKey(keyName: string, value: unknown): string {
  return `{${keyName}: ${value === null || value === undefined ? '<null>' : String(value)}}`;
}

export function sortEntries(entries: InternalEntry[]): InternalEntry[] {
  return [...entries].sort((a, b) => {
    if (a.type.name !== b.type.name) return a.type.name < b.type.name ? -1 : 1;
    const ka = a.key as number;
    const kb = b.key as number;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Every entry ends with a newline, as EF Core's AppendLine-built views do. */
export function shortView(entries: InternalEntry[]): string {
  return sortEntries(entries)
    .map((e) => `${e.type.name} ${formatKey(e.keyName, e.key)} ${e.state}${foreignKeyText(e)}\n`)
    .join('');
}

type FindEntry = (entity: object) => InternalEntry | undefined;

export function longView(entries: InternalEntry[], find: FindEntry = () => undefined): string {
  const lines: string[] = [];
  for (const e of sortEntries(entries)) {
    lines.push(`${e.type.name} ${formatKey(e.keyName, e.key)} ${e.state}`);
    // Properties as EF Core lists them: the key first, then alphabetically.
    for (const p of canonicalProperties(e.type)) {
      // An FK to a principal with a temporary key shows that key, marked Temporary (gap s-graph-add-new).
      const tempPrincipal = foreignKeys(e.type).has(p.name) ? temporaryPrincipalKey(e, p.name, find) : null;
      const value = p.isKey ? e.key : (tempPrincipal ?? e.current(p.name));
      // EF Core 10 indents property lines by four spaces (scenario s-debug-view).
      let line = `    ${p.name}: ${formatValue(value)}`;
      if (p.isKey) line += ' PK';
      if (foreignKeys(e.type).has(p.name)) line += ' FK';
      if ((p.isKey && e.tempKey !== null) || tempPrincipal !== null) line += ' Temporary';
      if (e.modified.has(p.name)) {
        line += ' Modified';
        const original = formatValue(e.originals[p.name]);
        if (original !== formatValue(value)) line += ` Originally ${original}`;
      }
      lines.push(line);
    }
    // Navigations after the properties, indented by two (EF Core 10, scenario s-graph-debug-view).
    for (const nav of navigationKeys(e, find))
      lines.push(
        `  ${nav.name}: ${nav.kind === 'collection' ? `[${nav.keys.join(', ')}]` : (nav.keys[0] ?? '<null>')}`,
      );
  }
  return lines.map((l) => l + '\n').join('');
}

/** Each navigation's related keys, as LongView prints them (a reference with nothing: no keys). */
function navigationKeys(e: InternalEntry, find: FindEntry) {
  return navigationsOf(e.type).map((nav) => {
    const value = e.entity[nav.name];
    const related = nav.kind === 'collection' ? (Array.isArray(value) ? value : []) : value ? [value] : [];
    return { name: nav.name, kind: nav.kind, keys: related.map((v) => relatedKey(v, find)) };
  });
}

/** ShortView's ` FK {CustomerId: 3}` after a dependent (scenario s-fixup-load-later). */
function foreignKeyText(e: InternalEntry): string {
  return [...foreignKeys(e.type)].map((fk) => ` FK ${formatKey(fk, e.current(fk))}`).join('');
}

/** The temporary key of the Added principal an FK property refers to through its navigation, if any. */
function temporaryPrincipalKey(e: InternalEntry, fk: string, find: FindEntry): number | null {
  const nav = navigationsOf(e.type).find((n) => n.kind === 'reference' && n.foreignKey === fk);
  const principal = nav ? e.entity[nav.name] : null;
  const entry = typeof principal === 'object' && principal !== null ? find(principal) : undefined;
  return entry && entry.tempKey !== null && e.current(fk) === entry.entity[entry.keyName]
    ? entry.tempKey
    : null;
}

/** The FK properties of an entity type (the ones its reference navigations use). */
function foreignKeys(type: EntityTypeDef): Set<string> {
  return new Set(
    navigationsOf(type)
      .filter((n) => n.kind === 'reference')
      .map((n) => n.foreignKey),
  );
}

/** A related entity's key as DebugView prints it: its entry's key (a temporary one too), else its property. */
function relatedKey(entity: unknown, find: FindEntry): string {
  const type = entityTypeOf(entity);
  if (!type) return '<null>';
  const name = keyOf(type).name;
  const entry = find(entity as object);
  return formatKey(name, entry ? entry.key : (entity as Record<string, unknown>)[name]);
}

export function trackerEntries(entries: InternalEntry[], find: FindEntry = () => undefined): TrackerEntry[] {
  return sortEntries(entries).map((e) => {
    const values: Record<string, string> = {};
    const originals: Record<string, string> = {};
    for (const p of e.type.properties) {
      values[p.name] = formatValue(p.isKey ? e.key : e.current(p.name));
      // As in LongView: an original is shown only when it differs from the current value.
      if (e.modified.has(p.name) && formatValue(e.originals[p.name]) !== values[p.name])
        originals[p.name] = formatValue(e.originals[p.name]);
    }
    const fks = [...foreignKeys(e.type)];
    const navigations = navigationKeys(e, find);
    return {
      entity: e.type.name,
      key: formatKey(e.keyName, e.key),
      state: e.state,
      modified: [...e.modified],
      values,
      originals,
      // Only for entity types that have them, so the traces of navigation-free runs stay as they were.
      ...(fks.length ? { foreignKeys: fks } : {}),
      ...(navigations.length ? { navigations } : {}),
    };
  });
}
