/**
 * Relationship fix-up: EF Core's NavigationFixer.InitialFixup, reduced to one-to-many
 * relationships (`Customer.Orders` ↔ `Order.Customer`, FK `Order.CustomerId`).
 *
 * When an entity starts being tracked (a tracking query, Attach/Update/Add, Find):
 * - as a dependent: its reference navigation is pointed at the tracked principal its FK names
 *   (or, when it arrived inside a tracked principal's collection, at that principal, whose key
 *   then becomes its FK), and it is added to that principal's collection;
 * - as a principal: every tracked dependent whose FK (or reference navigation) names it is added
 *   to its collection, and tracked instances already in its collection get their FK and inverse.
 * Verified against real EF Core (scenarios s-fixup-*, s-graph-*): a customer loaded before its
 * orders sees them in `Orders` once they are loaded; an order added to a tracked customer's
 * collection by Update gets the customer's key as its FK.
 */
import type { EntityTypeDef, NavigationDef } from './data/modelTypes.ts';
import { navigationsOf } from './data/modelTypes.ts';
import type { InternalEntry } from './entityEntry.ts';
import { sameValue } from './entityEntry.ts';

/** What fix-up needs from the state manager. */
export interface FixupHost {
  typeNamed(name: string): EntityTypeDef | undefined;
  /** Tracked entries of one entity type. */
  entriesOf(typeName: string): Iterable<InternalEntry>;
  find(entity: object): InternalEntry | undefined;
  findByKey(type: EntityTypeDef, key: unknown): InternalEntry | undefined;
  /** Writes an FK value the way EF Core's fix-up does: a tracked Unchanged entry becomes Modified. */
  setForeignKey(entry: InternalEntry, property: string, value: unknown): void;
  /** Starts tracking an entity DetectChanges found (a new order in a tracked customer's collection). */
  track(
    entity: Record<string, unknown>,
    type: EntityTypeDef,
    state: 'Added',
    line: number | null,
    op: number,
  ): InternalEntry;
}

/**
 * The reference each dependent's navigation held when fix-up last looked (EF Core's relationship
 * snapshot): DetectChanges compares with it to tell "the navigation changed" (it wins, and sets
 * the FK) from "the FK changed" (the navigation follows).
 */
const referenceSnapshots = new WeakMap<InternalEntry, Map<string, unknown>>();

function snapshotReference(entry: InternalEntry, name: string): void {
  let map = referenceSnapshots.get(entry);
  if (!map) referenceSnapshots.set(entry, (map = new Map()));
  map.set(name, entry.entity[name] ?? null);
}

function removeFromCollection(owner: unknown, name: string | null, item: object): void {
  if (!name || typeof owner !== 'object' || owner === null) return;
  const list = (owner as Record<string, unknown>)[name];
  if (!Array.isArray(list)) return;
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/**
 * The navigation part of DetectChanges for one entry (scenario s-graph-navigation-change):
 * - a reference set to another tracked principal sets the FK and moves the entity between the
 *   principals' collections;
 * - an FK changed by hand points the reference at the tracked principal it names (or null);
 * - an untracked entity found in a collection is tracked as Added, with the principal's key as FK.
 * Not modelled: a reference to an untracked principal, and orphans (an entity removed from a
 * collection or whose required reference is set to null; EF Core deletes those).
 */
export function detectNavigationChanges(host: FixupHost, entry: InternalEntry, line: number | null): void {
  for (const nav of navigationsOf(entry.type)) {
    const targetType = host.typeNamed(nav.target);
    if (!targetType) continue;
    if (nav.kind === 'reference') {
      const ref = entry.entity[nav.name] ?? null;
      const snap = referenceSnapshots.get(entry)?.get(nav.name) ?? null;
      if (ref !== snap) {
        const principal = typeof ref === 'object' && ref !== null ? host.find(ref) : undefined;
        if (!principal) continue;
        removeFromCollection(snap, nav.inverse, entry.entity);
        link(host, principal, entry, nav.foreignKey, nav.name, nav.inverse);
        continue;
      }
      const fk = entry.entity[nav.foreignKey];
      const current = typeof ref === 'object' && ref !== null ? host.find(ref) : undefined;
      if (current && sameValue(current.entity[current.keyName], fk)) continue;
      const principal = host.findByKey(targetType, fk);
      if (ref && !current) continue; // an untracked reference: left alone
      if (ref) removeFromCollection(ref, nav.inverse, entry.entity);
      if (principal) link(host, principal, entry, nav.foreignKey, nav.name, nav.inverse);
      else if (ref) {
        entry.entity[nav.name] = null;
        snapshotReference(entry, nav.name);
      }
    } else {
      const list = entry.entity[nav.name];
      if (!Array.isArray(list)) continue;
      const seen = collectionSnapshots.get(entry.entity)?.get(nav.name);
      for (const item of [...list]) {
        if (typeof item !== 'object' || item === null || seen?.has(item)) continue;
        // A tracked item whose reference or FK points elsewhere is the dependent's own change
        // (detected on its entry): the collection does not pull it back.
        if (host.find(item)) continue;
        const added = host.track(item as Record<string, unknown>, targetType, 'Added', line, 0);
        link(host, entry, added, nav.foreignKey, nav.inverse, nav.name);
      }
      snapshotCollection(entry.entity, nav.name);
    }
  }
}

/**
 * Fix-up for an entry that just started being tracked. `fromQuery`: a query's FK values are
 * authoritative, so the (costly) search for a tracked collection holding the entity is skipped.
 */
export function initialFixup(host: FixupHost, entry: InternalEntry, fromQuery: boolean): void {
  for (const nav of navigationsOf(entry.type)) {
    if (nav.kind === 'reference') fixDependent(host, entry, nav, fromQuery);
    else fixPrincipal(host, entry, nav);
  }
}

/** Points principal and dependent at each other and makes the FK agree with the principal's key. */
export function link(
  host: FixupHost,
  principal: InternalEntry,
  dependent: InternalEntry,
  foreignKey: string,
  reference: string | null,
  collection: string | null,
): void {
  const key = principal.entity[principal.keyName];
  if (!sameValue(dependent.entity[foreignKey], key)) host.setForeignKey(dependent, foreignKey, key);
  if (reference) {
    dependent.entity[reference] = principal.entity;
    snapshotReference(dependent, reference);
  }
  if (collection) addToCollection(principal.entity, collection, dependent.entity);
}

export function addToCollection(owner: Record<string, unknown>, name: string, item: object): void {
  let list = owner[name];
  if (!Array.isArray(list)) owner[name] = list = [];
  if (!(list as unknown[]).includes(item)) (list as unknown[]).push(item);
  collectionSnapshots.get(owner)?.get(name)?.add(item);
}

/**
 * What each tracked principal's collections held when fix-up last saw them: DetectChanges treats
 * only items added since as new (an instance an identity conflict refused stays in the list and
 * is not retried: scenario s-graph-conflict).
 */
const collectionSnapshots = new WeakMap<object, Map<string, Set<unknown>>>();

function snapshotCollection(owner: Record<string, unknown>, name: string): void {
  let map = collectionSnapshots.get(owner);
  if (!map) collectionSnapshots.set(owner, (map = new Map()));
  const list = owner[name];
  map.set(name, new Set(Array.isArray(list) ? list : []));
}

function fixDependent(host: FixupHost, entry: InternalEntry, nav: NavigationDef, fromQuery: boolean): void {
  const principalType = host.typeNamed(nav.target);
  if (!principalType) return;
  const current = entry.entity[nav.name];
  let principal: InternalEntry | undefined;
  if (current !== null && current !== undefined && typeof current === 'object') {
    // The navigation is set: it wins over the FK. An untracked principal is linked when the
    // graph traversal tracks it (its own fix-up finds this dependent).
    principal = host.find(current);
    if (!principal) return;
  } else {
    if (!fromQuery && nav.inverse) principal = holderOf(host, principalType, nav.inverse, entry.entity);
    principal ??= host.findByKey(principalType, entry.entity[nav.foreignKey]);
  }
  if (principal && principal.state !== 'Detached')
    link(host, principal, entry, nav.foreignKey, nav.name, nav.inverse);
}

/** The tracked principal whose collection already holds `item`, if any. */
function holderOf(
  host: FixupHost,
  principalType: EntityTypeDef,
  collection: string,
  item: object,
): InternalEntry | undefined {
  for (const p of host.entriesOf(principalType.name)) {
    const list = p.entity[collection];
    if (Array.isArray(list) && list.includes(item)) return p;
  }
  return undefined;
}

function fixPrincipal(host: FixupHost, entry: InternalEntry, nav: NavigationDef): void {
  const dependentType = host.typeNamed(nav.target);
  if (!dependentType) return;
  const list = entry.entity[nav.name];
  if (Array.isArray(list)) {
    for (const item of [...list]) {
      const d = typeof item === 'object' && item !== null ? host.find(item) : undefined;
      if (d) link(host, entry, d, nav.foreignKey, nav.inverse, nav.name);
    }
  }
  const key = entry.entity[entry.keyName];
  for (const d of host.entriesOf(dependentType.name)) {
    const ref = nav.inverse ? d.entity[nav.inverse] : null;
    const byNavigation = ref === entry.entity;
    const byKey = (ref === null || ref === undefined) && sameValue(d.entity[nav.foreignKey], key);
    if (byNavigation || byKey) link(host, entry, d, nav.foreignKey, nav.inverse, nav.name);
  }
  snapshotCollection(entry.entity, nav.name);
}
