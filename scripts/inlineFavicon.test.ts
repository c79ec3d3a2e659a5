import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from './inlineFavicon.ts';

describe('svgDataUri', () => {
  it('escapes what a data: URI in a double-quoted attribute cannot hold, and drops comments', () => {
    const uri = svgDataUri('<svg a="#fff">\n  <!-- note -->\n  <g b="50%"/>\n</svg>\n');
    expect(uri).toBe("data:image/svg+xml,%3Csvg a='%23fff'%3E%3Cg b='50%25'/%3E%3C/svg%3E");
  });

  it('decodes back to the icon file, less its comment and indentation', () => {
    const svg = readFileSync(join(import.meta.dirname, '../public/icon.svg'), 'utf8');
    const decoded = decodeURIComponent(svgDataUri(svg).slice('data:image/svg+xml,'.length));
    expect(decoded).toContain("<stop offset='0' stop-color='#4f46e5'/>");
    expect(decoded).not.toContain('<!--');
  });
});
