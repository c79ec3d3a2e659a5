// Entry: the run worker (started first: earlySpawn.ts; it loads sql.js and the compiler once the
// editor has been painted), styles, the app shell.
// Monaco is not imported here: its chunk is asked for at once (loadCodeEditor) but the first
// screen never waits for it; the code shows as text until the editor replaces it.
import './runner/worker/earlySpawn.ts';
import './ui/shell/preactTiming.ts';
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
import { loadCodeEditor } from './ui/editor/codeEditorModule.ts';
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
// Monaco's chunks are already on their way (index.html preloads them): evaluate them as soon as
// they are in, rather than after React's first render has asked for them.
// A failure is reported where the editor would be (EditorPane.tsx).
loadCodeEditor().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline support (production build only), once the app is interactive.
registerServiceWorker();
