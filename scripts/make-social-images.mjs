// Makes the default social image (public/og-default.png, 1200×630) and the publisher logo for
// structured data (public/logo.png, 600×60) with Debian's Chromium, which shapes Arabic correctly
// (Satori does not). Run once after changing the design, and commit the PNGs:
//   sh scripts/node22.sh node scripts/make-social-images.mjs
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';

const root = fileURLToPath(new URL('..', import.meta.url));
const font = (weight) =>
  pathToFileURL(
    path.join(root, `node_modules/@fontsource/cairo/files/cairo-arabic-${weight}-normal.woff2`),
  ).href;
const fontLatin = (weight) =>
  pathToFileURL(
    path.join(root, `node_modules/@fontsource/cairo/files/cairo-latin-${weight}-normal.woff2`),
  ).href;

const page = (width, height, body) => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
@font-face { font-family: Cairo; font-weight: 400; src: url(${font(400)}); unicode-range: U+0600-06FF, U+FB50-FDFF, U+FE70-FEFC; }
@font-face { font-family: Cairo; font-weight: 700; src: url(${font(700)}); unicode-range: U+0600-06FF, U+FB50-FDFF, U+FE70-FEFC; }
@font-face { font-family: Cairo; font-weight: 400; src: url(${fontLatin(400)}); unicode-range: U+0000-00FF; }
@font-face { font-family: Cairo; font-weight: 700; src: url(${fontLatin(700)}); unicode-range: U+0000-00FF; }
html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; font-family: Cairo, sans-serif; }
</style></head><body>${body}</body></html>`;

const social = page(
  1200,
  630,
  `<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px 90px;display:flex;flex-direction:column;justify-content:space-between;background:linear-gradient(135deg,#0b3c5d 0%,#072a42 100%);color:#fff">
  <div style="display:flex;align-items:center;gap:24px">
    <div style="width:18px;height:120px;background:#e4572e;border-radius:4px"></div>
    <div>
      <div style="font-size:120px;font-weight:700;line-height:1.1">آفاق نيوز</div>
      <div style="font-size:30px;opacity:.85;letter-spacing:0.2em;direction:ltr;text-align:right">AFAQ NEWS</div>
    </div>
  </div>
  <div style="font-size:46px;line-height:1.5">أخبار العالم العربي والعالم بعيون عربية</div>
</div>`,
);

const logo = page(
  600,
  60,
  `<div style="box-sizing:border-box;width:600px;height:60px;display:flex;align-items:center;gap:12px;background:#fff;color:#0b3c5d;padding-inline:8px">
  <div style="width:8px;height:44px;background:#b3261e;border-radius:2px"></div>
  <div style="font-size:42px;font-weight:700;line-height:1">آفاق نيوز</div>
</div>`,
);

// Loaded from a file:// page so that the file:// fonts are allowed.
const tmp = await mkdtemp(path.join(os.tmpdir(), 'afaq-social-'));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', ...chromiumFlags],
});
try {
  for (const [html, width, height, file] of [
    [social, 1200, 630, 'public/og-default.png'],
    [logo, 600, 60, 'public/logo.png'],
  ]) {
    const tab = await browser.newPage({ viewport: { width, height } });
    const source = path.join(tmp, `${path.basename(file)}.html`);
    await writeFile(source, html);
    await tab.goto(pathToFileURL(source).href, { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready);
    await tab.screenshot({ path: path.join(root, file), type: 'png' });
    console.log(`wrote ${file} (${width}×${height})`);
    await tab.close();
  }
} finally {
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}
