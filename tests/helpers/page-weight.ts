// What a built page costs a reader on first load: the HTML and every stylesheet, script and
// preloaded font it asks for, read from dist/ and compressed with gzip as a static host sends them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface Asset {
  /** URL as written in the page. */
  url: string;
  /** Bytes on disk. */
  raw: number;
  /** Bytes sent with gzip (fonts: raw, woff2 is already compressed). */
  gzip: number;
}

export interface PageWeight {
  /** The HTML document, gzip (inline styles and scripts included). */
  html: number;
  /** All CSS: external stylesheets plus inline <style>, gzip. */
  css: number;
  /** All JavaScript: external scripts and module preloads plus inline scripts, gzip. */
  js: number;
  /** Preloaded font files. */
  fonts: number;
  /** HTML + external CSS + external JS + preloaded fonts: the bytes of the first load. */
  total: number;
  stylesheets: Asset[];
  scripts: Asset[];
  preloadedFonts: Asset[];
  inlineCss: number;
  inlineJs: number;
}

/** Script types that are data, not code (JSON-LD, import maps, speculation rules). */
const dataScriptTypes = /^(application\/(ld\+)?json|importmap|speculationrules)$/i;

export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

/**
 * Resolves a URL from the page to a file in dist/ (base path removed). Throws for another host:
 * a page must load nothing from elsewhere.
 */
export function assetFile(distDir: string, url: string, basePath = '/'): string {
  const parsed = new URL(url, 'http://site.invalid/');
  if (parsed.host !== 'site.invalid') throw new Error(`Asset on another host: ${url}`);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  let pathname = decodeURIComponent(parsed.pathname);
  if (!pathname.startsWith(base)) throw new Error(`Asset outside the base path ${base}: ${url}`);
  pathname = pathname.slice(base.length);
  return path.join(
    distDir,
    pathname.endsWith('/') || pathname === '' ? `${pathname}index.html` : pathname,
  );
}

async function readAsset(
  distDir: string,
  url: string,
  basePath: string,
  compress: boolean,
): Promise<Asset> {
  const data = await readFile(assetFile(distDir, url, basePath));
  return { url, raw: data.length, gzip: compress ? gzipSize(data) : data.length };
}

/** Measures the page stored in `htmlFile` (absolute path) of a site built into `distDir`. */
export async function measurePage(
  distDir: string,
  htmlFile: string,
  basePath = '/',
): Promise<PageWeight> {
  const html = await readFile(htmlFile, 'utf8');
  const $ = cheerio.load(html);
  const attr = (selector: string, name: string) =>
    $(selector)
      .map((_, element) => $(element).attr(name))
      .get()
      .filter((value): value is string => typeof value === 'string' && value.length > 0);
  const unique = (urls: string[]) => [...new Set(urls)];

  const stylesheets = await Promise.all(
    unique([
      ...attr('link[rel~="stylesheet"]', 'href'),
      ...attr('link[rel~="preload"][as="style"]', 'href'),
    ]).map((url) => readAsset(distDir, url, basePath, true)),
  );
  const scripts = await Promise.all(
    unique([
      ...attr('script[src]', 'src'),
      ...attr('link[rel~="modulepreload"]', 'href'),
      ...attr('link[rel~="preload"][as="script"]', 'href'),
    ]).map((url) => readAsset(distDir, url, basePath, true)),
  );
  const preloadedFonts = await Promise.all(
    unique(attr('link[rel~="preload"][as="font"]', 'href')).map((url) =>
      readAsset(distDir, url, basePath, false),
    ),
  );

  const inlineStyles = $('style')
    .map((_, element) => $(element).text())
    .get()
    .join('\n');
  const inlineScripts = $('script:not([src])')
    .filter((_, element) => !dataScriptTypes.test($(element).attr('type') ?? ''))
    .map((_, element) => $(element).text())
    .get()
    .join('\n');
  const inlineCss = inlineStyles ? gzipSize(inlineStyles) : 0;
  const inlineJs = inlineScripts ? gzipSize(inlineScripts) : 0;

  const sum = (assets: Asset[]) => assets.reduce((total, asset) => total + asset.gzip, 0);
  const htmlSize = gzipSize(html);
  const externalCss = sum(stylesheets);
  const externalJs = sum(scripts);
  const fonts = sum(preloadedFonts);
  return {
    html: htmlSize,
    // Inline code is counted in its own budget and inside the HTML; `total` counts it once.
    css: externalCss + inlineCss,
    js: externalJs + inlineJs,
    fonts,
    total: htmlSize + externalCss + externalJs + fonts,
    stylesheets,
    scripts,
    preloadedFonts,
    inlineCss,
    inlineJs,
  };
}

/** 1 KB = 1,000 bytes (the stricter reading of a budget in KB). */
export const KB = 1000;
/** Bytes as kilobytes with one decimal. */
export const kb = (bytes: number): string => (bytes / KB).toFixed(1);
