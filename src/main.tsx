// Entry: styles, the run host (a Web Worker, started at once: its sql.js and compiler load in
// parallel with the editor), the app shell.
// Monaco is not imported here: the editor loads it lazily so the first screen never waits for it.
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
import { configureRunHost, warmRunHost } from './state/runController.ts';
import { createWorkerHost } from './runner/worker/workerHost.ts';
import { exposeTestApi } from './state/testApi.ts';
import { registerServiceWorker } from './ui/shell/registerServiceWorker.ts';

configureRunHost(() => createWorkerHost());
exposeTestApi();
warmRunHost();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline support (production build only), once the app is interactive.
registerServiceWorker();
