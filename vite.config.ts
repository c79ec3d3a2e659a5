import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { pwa } from './scripts/pwa.ts';
import { lessonsModule } from './scripts/lessonsModule.ts';
import { eagerCommonJs } from './scripts/eagerCommonJs.ts';
import { inlineFavicon } from './scripts/inlineFavicon.ts';
import { precompressedPreview } from './scripts/precompressedPreview.ts';

/**
 * Asks for the editor's chunks (Monaco) from index.html, so the browser fetches them alongside
 * the main chunk instead of after it has loaded and React has rendered the lazy editor.
 */
function preloadEditor(): Plugin {
  return {
    name: 'dbcp:preload-editor',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const editor = chunks.find((c) => c.facadeModuleId?.endsWith('/src/ui/editor/CodeEditor.tsx'));
        const entry = chunks.find((c) => c.isEntry);
        if (!editor || !entry) return;
        const loaded = new Set([entry.fileName, ...entry.imports]);
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (js.has(name) || loaded.has(name) || chunk?.type !== 'chunk') return;
          js.add(name);
          chunk.viteMetadata?.importedCss.forEach((f) => css.add(f));
          chunk.imports.forEach(visit);
        };
        visit(editor.fileName);
        return [
          ...[...js].map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    // JSX and TypeScript only: React's Fast Refresh cannot swap components that Preact renders (see
    // `resolve.alias` below), and an accepted update that draws nothing is worse than none. With
    // refresh off, an edit in `npm run dev` reloads the page.
    react({ refreshExclude: /./ }),
    lessonsModule(),
    eagerCommonJs(),
    contentSecurityPolicy(),
    inlineFavicon(),
    preloadEditor(),
    precompressedPreview(),
    pwa(),
  ],
  base: './',
  // The UI is written against React's API and runs on Preact (preact/compat): the same components,
  // a fraction of ReactDOM's start-up cost (issue 12: cold load about 1.19× → 1.13× the bare Monaco
  // page, 1.05–1.16 over nine bench runs). Its one timing difference that matters is handled in
  // src/ui/shell/preactTiming.ts. To go back to React: drop these aliases and that module's import
  // in main.tsx, and turn Fast Refresh back on (`react()` above); the components need no change.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  // Module workers: the run worker and Monaco's workers code-split.
  // The run worker reads the lessons too (their model patches): the plugin applies to its bundle.
  worker: { format: 'es', plugins: () => [lessonsModule()] },
  // SMAP=1 npx vite build: with source maps, to attribute a CPU profile of the cold load.
  build: { target: 'es2022', chunkSizeWarningLimit: 8000, sourcemap: !!process.env.SMAP },
  // Pre-bundle what the run worker imports, so a first `npm run dev` does not discover them
  // mid-load and reload the page.
  optimizeDeps: {
    include: ['sql.js', 'source-map-js', 'typescript', 'lz-string', 'zustand'],
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
