// Debian's Chromium driven by playwright-core (never a downloaded browser build).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { screenshotDir } from './paths';

import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

export { chromiumPath };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package: apt-get install -y chromium ` +
        `(or set CHROMIUM_PATH). Never use "npx playwright install".`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', ...chromiumFlags],
  });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
}

/** A new context and page that records every request; saves a screenshot if the current test fails. */
export async function openPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    colorScheme?: 'light' | 'dark';
    name?: string;
  } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'ar',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  onTestFailed(async ({ task }) => {
    await saveScreenshot(page, `FAILED-${options.name ?? task.name}`);
  });
  return { context, page, requests };
}

/** Saves a full-page PNG under test-results/screenshots/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}

/** Requests that left the local server (anything not on 127.0.0.1/localhost, data: or blob:). */
export function externalRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:'))
      return false;
    const { hostname } = new URL(url);
    return hostname !== '127.0.0.1' && hostname !== 'localhost' && hostname !== '[::1]';
  });
}
