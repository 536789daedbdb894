// Checks every internal link, asset and #anchor of a built site (dist/): each target must exist as a
// file, under the base path, with the trailing slash the site uses, and each #fragment must name an
// element on the target page. Pure: the caller reads dist/ and prints the problems.
import * as cheerio from 'cheerio';

export interface BuiltPage {
  /** Path inside dist/, with "/" separators: "articles/x/index.html", "404.html". */
  file: string;
  html: string;
}

export type LinkProblemKind = 'missing' | 'missing-anchor' | 'outside-base' | 'no-trailing-slash' | 'relative-on-404';

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

/** The URL path a built file is served at: "articles/x/index.html" → "/afaq/articles/x/". */
export function pageUrlPath(file: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${path.split('/').map(encodeURIComponent).join('/')}`;
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
    const here = new URL(pageUrlPath(page.file, base), origin);
    const seen = new Set<string>();
    for (const raw of referencesIn($)) {
      if (seen.has(raw)) continue;
      seen.add(raw);
      const report = (kind: LinkProblemKind, message: string, fix: string) => problems.push({ page: page.file, url: raw, kind, message, fix });
      if (/^(mailto|tel|data|blob|javascript):/i.test(raw)) continue;

      if (page.file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(raw)) {
        report(
          'relative-on-404',
          'relative link on the 404 page, which hosts serve at any missing URL, so it resolves differently everywhere',
          'make it root-relative with the base path (joinBase/pagePath in src/lib/urls.ts)',
        );
        continue;
      }

      let target: URL;
      try {
        target = new URL(raw, here);
      } catch {
        report('missing', 'not a valid URL', 'fix the link');
        continue;
      }
      if (target.origin !== origin) continue; // external: not ours to check

      const path = safeDecode(target.pathname);
      if (!(path + '/').startsWith(base)) {
        report(
          'outside-base',
          `points outside the site's base path ${base}`,
          'build internal URLs with the helpers in src/lib/urls.ts (they add the base path); in an article write /category/x/',
        );
        continue;
      }
      if (path.length < base.length) {
        report('no-trailing-slash', 'home page URL without its trailing slash (hosts answer with a redirect)', `write ${base}`);
        continue;
      }
      const rest = path.slice(base.length);
      let targetFile: string | undefined;
      if (rest === '' || rest.endsWith('/')) {
        if (files.has(`${rest}index.html`)) targetFile = `${rest}index.html`;
      } else if (files.has(rest)) {
        targetFile = rest;
      } else if (files.has(`${rest}/index.html`)) {
        report('no-trailing-slash', 'page URL without its trailing slash (hosts answer with a redirect)', `write ${target.pathname}/`);
        continue;
      }
      if (!targetFile) {
        report(
          'missing',
          `no page or file at ${path}`,
          'fix the address (an article is /articles/<file name or slug>/, a category /category/<id>/) or create the missing page',
        );
        continue;
      }

      const fragment = safeDecode(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html')) {
        const ids = idsByFile.get(targetFile);
        if (ids && !ids.has(fragment)) {
          report(
            'missing-anchor',
            `no element with id "${fragment}" on ${targetFile}`,
            'link to an existing heading: ids are made from heading text (spaces become "-"), see the table of contents',
          );
        }
      }
    }
  }
  return problems;
}
