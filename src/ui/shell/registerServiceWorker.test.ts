import { describe, expect, it, vi } from 'vitest';
import { pendingUpdate, register, subscribeUpdate } from './registerServiceWorker.ts';

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
  await register(container as unknown as ServiceWorkerContainer, reload);
  return { container, reload };
}

describe('registerServiceWorker', () => {
  it('on a first visit installs quietly: the worker claiming the page is no update', async () => {
    const { container, reload } = await setUp(false);
    expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    container.registration.update().installed();
    container.takenOver();
    expect(pendingUpdate()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a newer build once it is installed; Reload activates it, and the take-over reloads once', async () => {
    const { container, reload } = await setUp(true);
    const changed = vi.fn();
    const unsubscribe = subscribeUpdate(changed);
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
    await register(container as unknown as ServiceWorkerContainer, vi.fn());
    pendingUpdate()!();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });
});
