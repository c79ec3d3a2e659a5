/**
 * `vite preview` as a static host serves a build: every compressible file gzipped once (at its
 * first request), then sent from memory, the way a CDN or `gzip_static` sends precompressed files.
 *
 * Why: `vite preview` gzips on every request, and on this 2-core machine the server's
 * compression (4 MB of Monaco per cold load) competes with the browser for the same cores. The
 * bench's cold load then charged the harness's server to the page, and more so to the app, whose
 * main thread is busy while its chunks stream in, than to the bare page, which waits idle. The
 * bench serves its bare Monaco page with this plugin too (bench/browser.ts). It also sends sql.js's
 * wasm gzipped, which `vite preview` sends as is (670 KB → 330 KB).
 * Preview only: the build's files are unchanged.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing, with the type it is sent as. */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

interface Compressed {
  mtimeMs: number;
  size: number;
  body: Buffer;
}

export function precompressedPreview(): Plugin {
  const cache = new Map<string, Compressed>();
  return {
    name: 'dbcp:precompressed-preview',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        let path: string;
        try {
          path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        } catch {
          return next();
        }
        if (path.endsWith('/')) path += 'index.html';
        const type = COMPRESSIBLE[extname(path)];
        const file = join(outDir, path);
        if (!type || !file.startsWith(outDir + sep)) return next();
        let entry: Compressed | undefined;
        try {
          const stat = statSync(file);
          if (!stat.isFile()) return next();
          const { mtimeMs, size } = stat;
          entry = cache.get(file);
          // A rebuild under a running preview replaces the file: compress the new one.
          if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) {
            entry = { mtimeMs, size, body: gzipSync(readFileSync(file)) };
            cache.set(file, entry);
          }
        } catch {
          return next();
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', entry.body.length);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : entry.body);
      });
    },
  };
}
