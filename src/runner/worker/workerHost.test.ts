import { describe, expect, it } from 'vitest';
import { BatchCancelledError } from '../batch.ts';
import { stoppedRun } from '../stoppedRun.ts';
import { DEFAULT_RUN_SETTINGS, type Run, type RunRequest } from '../types.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import { PROTOCOL_VERSION, type HostToWorker, type WorkerToHost } from '../workerProtocol.ts';
import { createWorkerHost, type WorkerLike } from './workerHost.ts';
import { createMessageChannelYield } from './yieldToHost.ts';

/** A Worker stand-in running the real handler in-process, with structured cloning both ways. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; outOfMemory?: number }) => void) | null = null;
  terminated = false;
  readonly received: HostToWorker[] = [];
  private readonly handle: (data: unknown) => Promise<void>;

  constructor(
    run: (request: RunRequest) => Promise<Run>,
    transform: (reply: WorkerToHost) => unknown = (r) => r,
  ) {
    this.handle = createWorkerHandler({ run }, (reply) => {
      if (this.terminated) return;
      const data = structuredClone(transform(reply));
      setTimeout(() => this.onmessage?.({ data }), 0);
    });
  }

  postMessage(message: HostToWorker): void {
    if (this.terminated) throw new Error('terminated');
    this.received.push(message);
    void this.handle(structuredClone(message));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const request = (code = 'x'): RunRequest => ({ code, settings: DEFAULT_RUN_SETTINGS });
const okRun = (req: RunRequest): Run => ({
  ...stoppedRun(req.settings, 'n/a'),
  outcome: 'ok',
  stopReason: null,
  console: [req.code],
});
const never = () => new Promise<Run>(() => undefined);

describe('worker host', () => {
  it('sends versioned requests and resolves with the reply', async () => {
    const workers: FakeWorker[] = [];
    const host = createWorkerHost({
      createWorker: () => (workers.push(new FakeWorker(async (r) => okRun(r))), workers.at(-1)!),
    });
    const [a, b] = await Promise.all([host.run(request('a')), host.run(request('b'))]);
    expect([a.console, b.console]).toEqual([['a'], ['b']]);
    expect(workers).toHaveLength(1);
    expect(workers[0].received.map((m) => [m.v, m.type])).toEqual([
      [PROTOCOL_VERSION, 'run'],
      [PROTOCOL_VERSION, 'run'],
    ]);
    host.dispose();
  });

  it('starts a worker that says hello, tells it to warm once, and reports each hello', async () => {
    const workers: FakeWorker[] = [];
    let hellos = 0;
    const host = createWorkerHost({
      onHello: () => hellos++,
      createWorker: () => (workers.push(new FakeWorker(async (r) => okRun(r))), workers.at(-1)!),
    });
    host.start?.();
    expect(workers).toHaveLength(1);
    workers[0].onmessage?.({ data: { v: PROTOCOL_VERSION, type: 'hello', id: null } });
    expect(hellos).toBe(1);
    host.warm?.();
    host.warm?.();
    await host.run(request('a'));
    expect(workers[0].received.map((m) => m.type)).toEqual(['warm', 'run']);
    // A request tells a worker to load too: no warm after it.
    const second = createWorkerHost({
      createWorker: () => (workers.push(new FakeWorker(async (r) => okRun(r))), workers.at(-1)!),
    });
    await second.run(request('b'));
    second.warm?.();
    expect(workers[1].received.map((m) => m.type)).toEqual(['run']);
    host.dispose();
    second.dispose();
  });

  it('turns a run that exceeds the real-time limit into a stopped Run and restarts the worker', async () => {
    const workers: FakeWorker[] = [];
    let calls = 0;
    const host = createWorkerHost({
      runTimeoutMs: 50,
      createWorker: () => (
        workers.push(new FakeWorker((r) => (++calls === 1 ? never() : Promise.resolve(okRun(r))))),
        workers.at(-1)!
      ),
    });
    const stuck = await host.run(request('stuck'));
    expect(stuck.outcome).toBe('stopped');
    expect(stuck.stopReason).toMatch(/took more than 0.05 s of real time, so its worker was restarted/);
    expect(workers[0].terminated).toBe(true);
    const next = await host.run(request('next'));
    expect(next.outcome).toBe('ok');
    expect(workers).toHaveLength(2);
    host.dispose();
  });

  it('cancel() terminates the worker: a run resolves stopped, a batch rejects', async () => {
    const workers: FakeWorker[] = [];
    const host = createWorkerHost({
      createWorker: () => (workers.push(new FakeWorker(never)), workers.at(-1)!),
    });
    const pending = host.run(request());
    const batch = host.runBatch(request(), [1, 2, 3]);
    await new Promise((r) => setTimeout(r, 10));
    host.cancel();
    const r = await pending;
    expect(r.outcome).toBe('stopped');
    expect(r.stopReason).toMatch(/^Cancelled/);
    expect(workers[0].terminated).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    host.cancel();
    await expect(batch).rejects.toBeInstanceOf(BatchCancelledError);
    host.dispose();
  });

  it('stops the run whose worker died under it (named), and rejects pending calls when disposed', async () => {
    const workers: FakeWorker[] = [];
    const host = createWorkerHost({
      createWorker: () => (workers.push(new FakeWorker(never)), workers.at(-1)!),
    });
    const pending = host.run(request());
    const queued = host.run(request());
    await new Promise((r) => setTimeout(r, 5));
    workers[0].onerror?.({ message: 'a native stack overflow' });
    const stopped = await pending;
    expect(stopped.outcome).toBe('stopped');
    expect(stopped.stopReason).toMatch(/worker crashed \(a native stack overflow\)/);
    await new Promise((r) => setTimeout(r, 5));
    expect(workers).toHaveLength(2); // the queued call went to a new worker
    host.dispose();
    await expect(queued).rejects.toThrow(/RunHost disposed/);
    await expect(host.run(request())).rejects.toThrow(/RunHost disposed/);
  });

  it('rejects on a reply with another protocol version', async () => {
    const host = createWorkerHost({
      createWorker: () =>
        new FakeWorker(
          async (r) => okRun(r),
          (reply) => ({ ...reply, v: 99 }),
        ),
    });
    await expect(host.run(request())).rejects.toThrow(/Protocol version mismatch: expected 3, got 99/);
    host.dispose();
  });

  it('a batch seed that exceeds the limit counts as stopped; the other seeds run in a new worker', async () => {
    const workers: FakeWorker[] = [];
    const host = createWorkerHost({
      runTimeoutMs: 50,
      createWorker: () => (
        workers.push(new FakeWorker((r) => (r.settings.seed === 2 ? never() : Promise.resolve(okRun(r))))),
        workers.at(-1)!
      ),
    });
    const progress: number[] = [];
    const summary = await host.runBatch(request(), [1, 2, 3, 4], (p) => progress.push(p.done));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(summary).toMatchObject({
      runs: 4,
      failures: 1,
      outcomes: { ok: 3, threw: 0, stopped: 1 },
      failingSeeds: [2],
      byException: [{ type: 'Stopped', line: null, count: 1 }],
    });
    expect(workers).toHaveLength(2);
    expect(workers[1].received.map((m) => (m.type === 'batch' ? m.seeds : []))).toEqual([[3, 4]]);
    host.dispose();
  });

  it('a worker out of memory ends the run stopped, with the limit named', async () => {
    const workers: FakeWorker[] = [];
    const host = createWorkerHost({
      createWorker: () => (workers.push(new FakeWorker(never)), workers.at(-1)!),
    });
    const pending = host.run(request());
    await new Promise((r) => setTimeout(r, 5));
    workers[0].onerror?.({ message: 'out of memory', outOfMemory: 64 });
    const run = await pending;
    expect(run.outcome).toBe('stopped');
    expect(run.stopReason).toMatch(/used more than 64 MB of memory/);
    host.dispose();
  });

  it('refuses a reply that is not the shape its type promises, and kills the worker', async () => {
    const workers: FakeWorker[] = [];
    const host = createWorkerHost({
      createWorker: () => (
        workers.push(
          new FakeWorker(
            async (r) => okRun(r),
            (reply) =>
              reply.type === 'run-result' ? { ...reply, run: { ...reply.run, outcome: 'pwned' } } : reply,
          ),
        ),
        workers.at(-1)!
      ),
    });
    await expect(host.run(request())).rejects.toThrow(
      /invalid reply: run.outcome is not one of ok, threw, stopped/,
    );
    expect(workers[0].terminated).toBe(true);
    host.dispose();
  });

  it('relays batch progress and the summary', async () => {
    const host = createWorkerHost({
      createWorker: () =>
        new FakeWorker(async (r) =>
          r.settings.seed % 2 === 0
            ? { ...okRun(r), outcome: 'threw', exception: { type: 'X', message: 'm', line: 4, stack: '' } }
            : okRun(r),
        ),
    });
    const progress: number[] = [];
    const summary = await host.runBatch(request(), [1, 2, 3, 4], (p) => progress.push(p.done));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(summary).toMatchObject({
      runs: 4,
      failures: 2,
      failureRate: 0.5,
      failingSeeds: [2, 4],
      byException: [{ type: 'X', line: 4, count: 2 }],
    });
    host.dispose();
  });
});

describe('worker handler', () => {
  it('answers a malformed or foreign-version message with an error', async () => {
    const replies: WorkerToHost[] = [];
    const handle = createWorkerHandler({ run: async (r) => okRun(r) }, (m) => replies.push(m));
    await handle({ v: 1, type: 'run', id: 7, request: request() });
    await handle('nonsense');
    expect(replies).toEqual([
      { v: 3, type: 'error', id: 7, message: 'Protocol version mismatch: expected 3, got 1.' },
      { v: 3, type: 'ready', id: null },
      { v: 3, type: 'error', id: null, message: 'Malformed message: not an object.' },
    ]);
  });

  it('answers nothing to warm (the entry started loading)', async () => {
    const replies: WorkerToHost[] = [];
    const handle = createWorkerHandler({ run: async (r) => okRun(r) }, (m) => replies.push(m));
    await handle({ v: PROTOCOL_VERSION, type: 'warm', id: null });
    expect(replies).toEqual([{ v: 3, type: 'ready', id: null }]);
  });

  it('answers a failing run with an error reply carrying the id', async () => {
    const replies: WorkerToHost[] = [];
    const handle = createWorkerHandler(
      {
        run: async () => {
          throw new Error('sql.js failed to load');
        },
      },
      (m) => replies.push(m),
    );
    await handle({ v: 3, type: 'run', id: 3, request: request() });
    expect(replies).toEqual([
      { v: 3, type: 'ready', id: null },
      { v: 3, type: 'error', id: 3, message: 'sql.js failed to load' },
    ]);
  });
});

describe('MessageChannel yield', () => {
  it('resolves after pending microtasks, in order', async () => {
    const yieldToHost = createMessageChannelYield();
    const order: string[] = [];
    const a = yieldToHost().then(() => order.push('a'));
    const b = yieldToHost().then(() => order.push('b'));
    void Promise.resolve().then(() => order.push('micro'));
    await Promise.all([a, b]);
    expect(order).toEqual(['micro', 'a', 'b']);
  });
});
