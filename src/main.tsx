// Entry: the run worker (started first: earlySpawn.ts; it loads sql.js and the compiler once the
// editor has mounted), styles, the app shell.
// Monaco is not imported here: the editor loads it lazily so the first screen never waits for it.
import './runner/worker/earlySpawn.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/lesson.css';
import './ui/styles/editor.css';
import './ui/styles/timeline.css';
import './ui/styles/panels.css';
import { App } from './ui/App.tsx';
import { configureRunHost, startRunHost, warmRunHost } from './state/runController.ts';
import { createWorkerHost } from './runner/worker/workerHost.ts';
import { exposeTestApi } from './state/testApi.ts';
import { registerServiceWorker } from './ui/shell/registerServiceWorker.ts';

const WARM_FALLBACK_MS = 5_000;

// The benchmark's "interactive" needs the run worker to have answered (bench/browser.ts).
configureRunHost(() => createWorkerHost({ onHello: () => performance.mark('run-host-answered') }));
exposeTestApi();
startRunHost();
// The editor warms the run host once it has mounted (CodeEditor.tsx); should it never mount, the
// runner still loads in time for a Run.
setTimeout(warmRunHost, WARM_FALLBACK_MS);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline support (production build only), once the app is interactive.
registerServiceWorker();
