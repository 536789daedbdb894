// Reads built pages with cheerio (a spec-compliant parse5 parser underneath).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

export type Page = cheerio.CheerioAPI;

/** Loads dist/<urlPath>/index.html (or the file itself when urlPath ends in .html). */
export async function loadPage(outDir: string, urlPath: string): Promise<Page> {
  const decoded = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = decoded.endsWith('.html') ? decoded : path.join(decoded, 'index.html');
  return cheerio.load(await readFile(path.join(outDir, file), 'utf8'));
}

/** Visible text with whitespace collapsed. */
export function text(page: Page, selector: string): string {
  return page(selector).text().replace(/\s+/g, ' ').trim();
}
