/**
 * Registers the service worker that keeps the app working offline (scripts/pwa.ts), and tells
 * the page when a newer build is waiting.
 *
 * Only in the production build (the dev server has no worker, and one would serve stale modules
 * to a developer), and only once the app is ready — the editor has mounted and the run worker
 * has loaded and answered its warm-up run (`run-host-ready`, after the benchmark's "interactive")
 * — and the browser is idle: installing the worker downloads the whole build, which must not slow
 * the first screen or the runner's own load.
 */

const READY_MARKS = ['monaco-mounted', 'run-host-ready'];
/** An app that never becomes interactive (an editor that failed) still gets its offline copy. */
const READY_TIMEOUT_MS = 30_000;

type Listener = () => void;
let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

/** The waiting build's "activate and reload", or null while there is none (useSyncExternalStore). */
export function pendingUpdate(): (() => void) | null {
  return applyUpdate;
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function offer(worker: ServiceWorker): void {
  applyUpdate = () => worker.postMessage({ type: 'SKIP_WAITING' });
  listeners.forEach((l) => l());
}

function whenInteractive(): Promise<void> {
  const ready = () => READY_MARKS.every((name) => performance.getEntriesByName(name, 'mark').length > 0);
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(() => ready() && done());
    observer.observe({ type: 'mark' });
    const timer = setTimeout(done, READY_TIMEOUT_MS);
  });
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 5_000 })
      : setTimeout(resolve, 1_000),
  );
}

/**
 * Registers `./sw.js` on `container`; offers a waiting newer build (the notice), and `reload`s
 * when a newer build takes over this page. Exported for its unit test.
 */
export async function register(container: ServiceWorkerContainer, reload: () => void): Promise<void> {
  // Whether a worker served this page before the change: the first visit's worker claiming the
  // page (clientsClaim) is no update and needs no reload — but an update arriving later, in that
  // same still-open page, does.
  let controlled = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    // A newer build took over (this tab's Reload, or another tab's): this page's chunks are the
    // old build's and may no longer be cached; load the new one.
    if (!wasControlled || reloading) return;
    reloading = true;
    reload();
  });
  const registration = await container.register('./sw.js', { scope: './' });
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  whenInteractive()
    .then(whenIdle)
    .then(() => register(navigator.serviceWorker, () => window.location.reload()))
    // Offline support is a bonus: the app works without it (private windows, some browsers).
    .catch((e: unknown) => console.warn('Service worker not registered:', e));
}
