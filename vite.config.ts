import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  // Module workers: the run worker and Monaco's workers code-split.
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 8000 },
  // Pre-bundle what the run worker imports, so a first `npm run dev` does not discover them
  // mid-load and reload the page.
  optimizeDeps: { include: ['sql.js', 'source-map-js', 'typescript', 'lz-string', 'marked', 'yaml', 'zustand'] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
