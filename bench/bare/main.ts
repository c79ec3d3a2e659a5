/**
 * The benchmark's baseline page: Monaco alone (the app's Monaco version, bundled by the same
 * Vite, the same workers), showing lesson 01's starter in a TypeScript editor. `npm run bench`
 * builds it (bench/browser.ts) and compares the app's cold load against its mount.
 */
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import code from '../../lessons/01-one-at-a-time/starter.ts?raw';

self.MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

monaco.editor.create(document.getElementById('editor')!, {
  value: code,
  language: 'typescript',
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 14,
});
performance.mark('monaco-mounted');
