// Checks every internal link, asset and #anchor of a built site (dist/): each target must exist as a
// file, under the base path, with the trailing slash the site uses, and each #fragment must name an
// element on the target page. Pure: the caller reads dist/ and prints the problems.
import * as cheerio from 'cheerio';
import { builtFileUrl } from '../../src/lib/routes';
import { linkMessages, type EditorMessage } from '../../src/lib/content/messages';

export interface BuiltPage {
  /** Path inside dist/, with "/" separators: "articles/x/index.html", "404.html". */
  file: string;
  html: string;
}

export type LinkProblemKind =
  'missing' | 'missing-anchor' | 'outside-base' | 'no-trailing-slash' | 'relative-on-404';

export interface LinkProblem {
  /** The built page holding the link (inside dist/). */
  page: string;
  /** The link as written in the HTML. */
  url: string;
  kind: LinkProblemKind;
  message: string;
  fix: string;
}

export interface LinkCheckInput {
  pages: readonly BuiltPage[];
  /** Every file in dist/ ("_astro/x.css", "articles/x/index.html"…). */
  files: ReadonlySet<string>;
  /** "/" or "/afaq/". */
  basePath: string;
  /** The public origin; absolute links to it are checked like relative ones. */
  siteUrl: string;
}

/** Attributes holding URLs, per selector. srcset lists are split. */
const urlAttributes: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function referencesIn($: cheerio.CheerioAPI): string[] {
  const urls: string[] = [];
  for (const [selector, attribute] of urlAttributes) {
    $(selector).each((_, element) => {
      const value = $(element).attr(attribute)?.trim();
      if (!value) return;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push(url);
        }
      } else {
        urls.push(value);
      }
    });
  }
  return urls;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Every problem in the built site, in page order. */
export function checkLinks({ pages, files, basePath, siteUrl }: LinkCheckInput): LinkProblem[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const origin = new URL(siteUrl).origin;
  const idsByFile = new Map<string, Set<string>>();
  const parsed = pages.map((page) => {
    const $ = cheerio.load(page.html);
    const ids = new Set<string>();
    $('[id]').each((_, element) => void ids.add($(element).attr('id')!));
    $('a[name]').each((_, element) => void ids.add($(element).attr('name')!));
    idsByFile.set(page.file, ids);
    return { page, $ };
  });

  const problems: LinkProblem[] = [];
  for (const { page, $ } of parsed) {
    const here = new URL(builtFileUrl(page.file, base), origin);
    const seen = new Set<string>();
    for (const raw of referencesIn($)) {
      if (seen.has(raw)) continue;
      seen.add(raw);
      const report = (kind: LinkProblemKind, { message, hint }: EditorMessage) =>
        problems.push({ page: page.file, url: raw, kind, message, fix: hint });
      if (/^(mailto|tel|data|blob|javascript):/i.test(raw)) continue;

      if (page.file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(raw)) {
        report('relative-on-404', linkMessages.relativeOn404);
        continue;
      }

      let target: URL;
      try {
        target = new URL(raw, here);
      } catch {
        report('missing', linkMessages.invalidUrl);
        continue;
      }
      if (target.origin !== origin) continue; // external: not ours to check

      const path = safeDecode(target.pathname);
      if (!(path + '/').startsWith(base)) {
        report('outside-base', linkMessages.outsideBase(base));
        continue;
      }
      if (path.length < base.length) {
        report('no-trailing-slash', linkMessages.homeWithoutSlash(base));
        continue;
      }
      const rest = path.slice(base.length);
      let targetFile: string | undefined;
      if (rest === '' || rest.endsWith('/')) {
        if (files.has(`${rest}index.html`)) targetFile = `${rest}index.html`;
      } else if (files.has(rest)) {
        targetFile = rest;
      } else if (files.has(`${rest}/index.html`)) {
        report('no-trailing-slash', linkMessages.pageWithoutSlash(target.pathname));
        continue;
      }
      if (!targetFile) {
        report('missing', linkMessages.missing(path));
        continue;
      }

      const fragment = safeDecode(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html')) {
        const ids = idsByFile.get(targetFile);
        if (ids && !ids.has(fragment)) {
          report('missing-anchor', linkMessages.missingAnchor(fragment, targetFile));
        }
      }
    }
  }
  return problems;
}
