// Renders the PNG icons the web app manifest and iOS need from public/icon.svg and scripts/icon-maskable.svg (the maskable source, not served), with headless
// Chromium (no image library in the dependencies). Run after editing an SVG:
//   node scripts/makeIcons.mjs
// The PNGs are committed; the build only copies public/.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ICONS = [
  { svg: 'public/icon.svg', png: 'public/icon-192.png', size: 192 },
  { svg: 'public/icon.svg', png: 'public/icon-512.png', size: 512 },
  { svg: 'scripts/icon-maskable.svg', png: 'public/icon-maskable-512.png', size: 512 },
  // iOS ignores the manifest's icons and rounds the corners itself: the full-bleed one.
  { svg: 'scripts/icon-maskable.svg', png: 'public/apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const { svg, png, size } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const url = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${url}" width="${size}" height="${size}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: png, omitBackground: true });
  await page.close();
  console.log(png);
}
await browser.close();
