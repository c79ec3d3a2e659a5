/**
 * The favicon inline in the built index.html: `<link rel="icon" href="/icon.svg">` becomes a
 * `data:` URI of public/icon.svg, one request less on every first load (the browser fetched it
 * twice). index.html keeps naming the file, so the mark has one source; `npm run dev` serves it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// `./icon.svg` once Vite has applied `base: './'`.
const ICON_LINK = /(<link rel="icon" href=")\.?\/icon\.svg(")/;

/** An SVG as a compact `data:` URI (single quotes inside, so it sits in a double-quoted attribute). */
export function svgDataUri(svg: string): string {
  const compact = svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim()
    .replace(/"/g, "'");
  return `data:image/svg+xml,${compact.replace(/[%#<>]/g, (c) => encodeURIComponent(c))}`;
}

export function inlineFavicon(): Plugin {
  let publicDir = '';
  return {
    name: 'dbcp:inline-favicon',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(html) {
      if (!ICON_LINK.test(html)) return html;
      const uri = svgDataUri(readFileSync(join(publicDir, 'icon.svg'), 'utf8'));
      return html.replace(ICON_LINK, `$1${uri}$2`);
    },
  };
}
