/**
 * EF Core's ConcurrencyDetector, one per context (EFCORE.md §2, Decisions 2–5).
 *
 * The rule, as EF Core enforces it:
 * - Only database work enters the critical section: a query's round-trip (each MoveNextAsync
 *   while streaming), the database phase of SaveChanges (after DetectChanges; nothing to save →
 *   no entry), raw SQL, and Find/FindAsync only when the entity is not already tracked.
 *   Add/Attach/Update/Remove, Entry, State =, SetValues, DetectChanges and ChangeTracker.Clear()
 *   never enter: concurrent misuse of those goes undetected, as in EF Core.
 * - An async operation enters synchronously, when it is called, and leaves when its round-trip
 *   completes. A synchronous operation enters and leaves inside the call.
 * - It is a detector, not a lock: it never waits. The second caller throws
 *   InvalidOperationException (ConcurrentMethodInvocation); the first carries on normally.
 * - EF Core lets the same async flow re-enter (nested work inside one operation). The snippet
 *   API has no nested operations, so one holder per context is faithful here.
 * - EnableThreadSafetyChecks(false) removes the detector: overlapping operations then run
 *   (in real life: undefined behaviour).
 */
export class ConcurrencyDetector {
  /** The operation inside the critical section, or null. */
  holder: number | null = null;
  holderLine: number | null = null;

  constructor(readonly enabled: boolean) {}

  /** Returns null when entered, or the holding operation's id when the entry collides. */
  tryEnter(op: number, line: number | null): number | null {
    if (!this.enabled) return null;
    if (this.holder !== null) return this.holder;
    this.holder = op;
    this.holderLine = line;
    return null;
  }

  exit(op: number): void {
    if (this.holder === op) {
      this.holder = null;
      this.holderLine = null;
    }
  }
}
