/**
 * The editor's lazy chunk (Monaco), loaded as soon as the page starts (main.tsx) and shown the
 * moment it has arrived (lazyModule.ts); until then the caller shows the code as text.
 */
import { lazyModule } from './lazyModule.ts';

const codeEditor = lazyModule(
  () => import('./CodeEditor.tsx'),
  (m) => m.default,
);

export const loadCodeEditor = codeEditor.load;
export const useCodeEditor = codeEditor.useComponent;
