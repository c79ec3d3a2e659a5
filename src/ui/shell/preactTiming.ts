/**
 * The UI is written against React's API and runs on Preact (preact/compat, aliased in
 * vite.config.ts): the same components, a fraction of ReactDOM's start-up cost.
 *
 * One difference matters here. Preact runs effects after the next paint; React runs those of an
 * input event's update before the next event is handled. The editor (@monaco-editor/react's
 * controlled `value`) relies on React's order: with effects deferred, an effect holding the code
 * of one keystroke ran after the next keystroke and wrote the older code back, and the typed
 * character was lost (e2e: editor, learner, csharpUi and raceLab specs type while the app
 * renders). Effects therefore run in a microtask right after each commit, before any further
 * input.
 */
import { options } from 'preact';

type Scheduler = (flush: () => void) => void;

(options as { requestAnimationFrame?: Scheduler }).requestAnimationFrame = (flush) => queueMicrotask(flush);
