/**
 * The virtual clock and its scheduler.
 *
 * Nothing waits in real time. Simulated work (a database round-trip, Task.Delay, Task.Run's
 * start) is an event due at a virtual instant. The scheduler fires the next event only once the
 * JavaScript job queue is empty — it hops to the host's macrotask queue (`yieldToHost`) first —
 * so every continuation a previous event caused has run. That makes a run a pure function of the
 * snippet and its settings.
 *
 * Ordering rule (documented, stable): events fire by due time; events due at the same instant fire
 * in the order they were scheduled, one at a time, with every resulting continuation running
 * before the next one fires.
 */

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

export class Scheduler {
  /** Current virtual time, ms. Never goes backwards. */
  now = 0;
  private seq = 0;
  private heap: Timer[] = [];

  /** Schedules `fire` to run `delayMs` from now (0: at this instant, after the current continuations). */
  schedule(delayMs: number, fire: () => void): void {
    this.push({ at: this.now + Math.max(0, delayMs), seq: this.seq++, fire });
  }

  /**
   * A blocking (synchronous) call holds the only thread for `ms`: the clock moves on with it.
   * Timers that fell due meanwhile fire afterwards, late — as continuations queued behind a
   * blocked thread do on a single-threaded synchronization context.
   */
  block(ms: number): void {
    this.now += Math.max(0, ms);
  }

  get pending(): number {
    return this.heap.length;
  }

  /** Due time of the next timer, or null when none is pending. */
  peek(): number | null {
    return this.heap.length ? this.heap[0].at : null;
  }

  /** Removes and fires the next timer, advancing the clock to its due time. Returns false when idle. */
  fireNext(): boolean {
    const timer = this.pop();
    if (!timer) return false;
    if (timer.at > this.now) this.now = timer.at;
    timer.fire();
    return true;
  }

  private push(timer: Timer): void {
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
