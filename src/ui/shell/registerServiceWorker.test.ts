import { beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps the offered update in module state: a fresh copy for each test.
let sw: typeof import('./registerServiceWorker.ts');
beforeEach(async () => {
  vi.resetModules();
  sw = await import('./registerServiceWorker.ts');
});
const pendingUpdate = () => sw.pendingUpdate();

/** A service worker as the page sees one: a state, statechange events, postMessage. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  installed() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** The browser found a newer sw.js and started installing it. */
  update(): FakeWorker {
    this.installing = new FakeWorker();
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
}

/** navigator.serviceWorker: `controller` is the worker serving this page (null on a first visit). */
class FakeContainer extends EventTarget {
  readonly registration = new FakeRegistration();
  constructor(public controller: FakeWorker | null) {
    super();
  }
  register = vi.fn(async () => this.registration);
  takenOver() {
    this.controller = new FakeWorker();
    this.dispatchEvent(new Event('controllerchange'));
  }
}

async function setUp(controlled: boolean) {
  const container = new FakeContainer(controlled ? new FakeWorker() : null);
  const reload = vi.fn();
  await sw.register(container as unknown as ServiceWorkerContainer, reload);
  return { container, reload };
}

describe('registerServiceWorker', () => {
  it('on a first visit installs quietly (claiming the page is no update), then offers the next build', async () => {
    const { container, reload } = await setUp(false);
    expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    container.registration.update().installed();
    container.takenOver();
    expect(pendingUpdate()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
    // A newer build arriving later in that same open page is offered, and its take-over reloads.
    container.registration.update().installed();
    pendingUpdate()!();
    container.takenOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a newer build once it is installed; Reload activates it, and the take-over reloads once', async () => {
    const { container, reload } = await setUp(true);
    const changed = vi.fn();
    const unsubscribe = sw.subscribeUpdate(changed);
    const next = container.registration.update();
    expect(pendingUpdate()).toBeNull(); // still installing: nothing to offer yet
    next.installed();
    expect(changed).toHaveBeenCalled();
    pendingUpdate()!();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled(); // the page reloads when the new build has taken over
    container.takenOver();
    container.takenOver();
    expect(reload).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('offers a build that was already waiting when the page opened', async () => {
    const container = new FakeContainer(new FakeWorker());
    const waiting = new FakeWorker();
    container.registration.waiting = waiting;
    await sw.register(container as unknown as ServiceWorkerContainer, vi.fn());
    pendingUpdate()!();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });
});
