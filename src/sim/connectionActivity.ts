/**
 * What one context's connection is busy with, as SqlClient sees it when a new command arrives
 * (provider.ts). Only the `sqlserver` provider (no MARS) consults it; EF Core's own detector runs
 * first, so it matters only where the detector is not held.
 */
import { MARS_UNSUPPORTED, OPEN_DATAREADER } from './messages.ts';

export class ConnectionActivity {
  /** Operations whose command was sent and has not answered yet (SqlClient's async command count). */
  private readonly executing = new Set<number>();
  /** Operations whose reader is open: a streaming query between its first row and its end. */
  private readonly reading = new Set<number>();

  /** The refusal a new command from `op` meets on a connection without MARS, or null. */
  refusal(op: number): string | null {
    // SqlClient checks a pending async command before a live reader.
    for (const other of this.executing) if (other !== op) return MARS_UNSUPPORTED;
    for (const other of this.reading) if (other !== op) return OPEN_DATAREADER;
    return null;
  }

  commandSent(op: number): void {
    this.executing.add(op);
  }

  readerOpened(op: number): void {
    this.executing.delete(op);
    this.reading.add(op);
  }

  ended(op: number): void {
    this.executing.delete(op);
    this.reading.delete(op);
  }
}
