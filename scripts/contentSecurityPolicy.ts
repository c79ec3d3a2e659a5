/**
 * The app's Content-Security-Policy: self only. Nothing is loaded from, or sent to, another
 * origin; no plugin, no framing, no inline script. Two relaxations, each where it is needed:
 * styles may be inline (Monaco writes its own <style> elements), and the run worker — only it —
 * may compile code (`'unsafe-eval'`: the snippet is evaluated with `Function`) and WebAssembly
 * (`'wasm-unsafe-eval'`: sql.js). The policy reaches a worker through the worker script's own
 * response, so `vite preview` sends it as a header on every response; the built index.html also
 * carries the page's policy in a <meta> for a static host that sends no headers.
 */
import type { Plugin } from 'vite';

const BASE = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The page's policy (and every response's but the run worker's). */
export const PAGE_POLICY = serialize({ ...BASE, 'frame-ancestors': ["'none'"] });

/** The run worker's policy: the page's, plus compiling the snippet and sql.js's WebAssembly. */
export const RUN_WORKER_POLICY = serialize({
  ...BASE,
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'frame-ancestors': ["'none'"],
});

/** The policy for a request path: the run worker's bundle gets its own. */
export function policyFor(path: string): string {
  return /\/assets\/runWorker(Boot)?-[\w-]+\.js(\?|$)/.test(path) ? RUN_WORKER_POLICY : PAGE_POLICY;
}

/** Vite plugin: the header on every `vite preview` response, the <meta> in the built page. */
export function contentSecurityPolicy(): Plugin {
  // frame-ancestors is ignored (with a console warning) when delivered in a <meta>.
  const metaPolicy = serialize(BASE);
  return {
    name: 'content-security-policy',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('Content-Security-Policy', policyFor(req.url ?? '/'));
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) return html; // the dev server injects inline scripts (React refresh)
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
        );
      },
    },
  };
}
