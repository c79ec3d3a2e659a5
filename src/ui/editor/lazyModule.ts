/**
 * A lazily loaded chunk whose component shows the moment the chunk has arrived.
 *
 * Not React.lazy + Suspense: React throttles revealing a Suspense boundary to 300 ms after its
 * fallback was committed. On a fast first load the editor waited, already loaded, for that timer
 * (up to 300 ms after the first paint), and the solution diff took 345 ms to appear on its first
 * opening. A state update shows the component at once; until then the caller shows its fallback
 * (the code as plain text), and keeps showing it, with the error, if the chunk cannot be loaded.
 */
import { useEffect, useState } from 'react';

export type LazyState<C> = { component: C; error?: undefined } | { component: null; error?: string };

export interface LazyModule<M, C> {
  /** Starts loading (once); resolves with the module. */
  load: () => Promise<M>;
  /** The component once loaded (null until then); `error` says why it could not be loaded. */
  useComponent: () => LazyState<C>;
}

export function lazyModule<M, C>(importer: () => Promise<M>, pick: (m: M) => C): LazyModule<M, C> {
  let pending: Promise<M> | null = null;
  let loaded: M | null = null;
  // A failed import is not kept: the next caller (the next time the view opens) tries again.
  const load = () =>
    (pending ??= importer().then(
      (m) => (loaded = m),
      (err: unknown) => {
        pending = null;
        throw err;
      },
    ));
  const useComponent = (): LazyState<C> => {
    const [state, setState] = useState<LazyState<C>>(() =>
      loaded ? { component: pick(loaded) } : { component: null },
    );
    useEffect(() => {
      if (state.component || state.error) return;
      let live = true;
      load().then(
        (m) => live && setState({ component: pick(m) }),
        (err: unknown) =>
          live && setState({ component: null, error: err instanceof Error ? err.message : String(err) }),
      );
      return () => {
        live = false;
      };
    }, [state]);
    return state;
  };
  return { load, useComponent };
}
