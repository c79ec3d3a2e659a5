/**
 * The ADO.NET connection pool behind every context of a run. A context opens a connection for
 * each database operation and closes it (back to the pool) when the operation ends, as EF Core
 * does when the application did not open the connection itself. Ids are physical connections:
 * the lowest free one is reused, so sequential work shows one connection and parallel work on
 * factory contexts shows several. When all `maxSize` connections are busy, an opener waits in
 * line; past `timeoutMs` it fails as SqlClient does.
 */
import type { Scheduler } from './clock.ts';

interface Waiter {
  grant: (connection: number) => void;
  fail: () => void;
  cancelled: boolean;
}

export class ConnectionPool {
  private readonly busy = new Set<number>();
  private created = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly scheduler: Scheduler,
    readonly maxSize = 100,
    readonly timeoutMs = 15_000,
  ) {}

  /** A free connection now, or null when the pool is exhausted. */
  tryOpen(): number | null {
    for (let id = 1; id <= this.created; id++) {
      if (!this.busy.has(id)) {
        this.busy.add(id);
        return id;
      }
    }
    if (this.created < this.maxSize) {
      const id = ++this.created;
      this.busy.add(id);
      return id;
    }
    return null;
  }

  /** Waits (in virtual time) for a connection; `fail` runs if none frees up within the timeout. */
  openLater(grant: (connection: number) => void, fail: () => void): void {
    const waiter: Waiter = { grant, fail, cancelled: false };
    this.waiting.push(waiter);
    this.scheduler.schedule(this.timeoutMs, () => {
      if (waiter.cancelled) return;
      waiter.cancelled = true;
      this.waiting.splice(this.waiting.indexOf(waiter), 1);
      fail();
    });
  }

  close(connection: number): void {
    const next = this.waiting.find((w) => !w.cancelled);
    if (next) {
      next.cancelled = true;
      this.waiting.splice(this.waiting.indexOf(next), 1);
      next.grant(connection); // handed over while still open
      return;
    }
    this.busy.delete(connection);
  }

  get inUse(): number {
    return this.busy.size;
  }
}
