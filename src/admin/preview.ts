// The editor's preview of an article: the article page's header and body markup, styled by the site's
// own stylesheet and fonts (read from the site's home page, so dev and build both get theirs).
import { createElement as h, type ReactNode } from 'react';

interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): ReactNode;
}

type Cms = {
  registerPreviewStyle: (style: string, options?: { raw: boolean }) => void;
  registerPreviewTemplate: (name: string, component: (props: PreviewProps) => ReactNode) => void;
};

/** The stylesheets and inline font styles of the site's pages, for the preview frame. */
async function siteStyles(sitePath: string): Promise<{ links: string[]; inline: string[] }> {
  try {
    const html = await (await fetch(sitePath, { credentials: 'same-origin' })).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const links = [...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
      (link) => new URL(link.getAttribute('href')!, new URL(sitePath, location.href)).href,
    );
    const inline = [...page.querySelectorAll('style')].map((style) => style.textContent ?? '');
    return { links, inline };
  } catch {
    return { links: [], inline: [] };
  }
}

function ArticlePreview({ entry, widgetFor }: PreviewProps) {
  const field = (name: string) => {
    const value = entry.getIn(['data', name]);
    return typeof value === 'string' ? value : '';
  };
  return h(
    'div',
    { lang: 'ar', dir: 'rtl', className: 'bg-paper text-ink' },
    h(
      'main',
      { className: 'mx-auto max-w-5xl px-4 py-6' },
      h(
        'article',
        { className: 'mx-auto max-w-3xl' },
        h(
          'header',
          { className: 'mb-6' },
          h('p', { className: 'text-sm font-bold text-accent' }, field('category')),
          h(
            'h1',
            { className: 'mt-1 text-3xl font-bold leading-snug sm:text-4xl', dir: 'auto' },
            field('title'),
          ),
          h(
            'p',
            { className: 'mt-3 text-lg leading-relaxed text-muted', dir: 'auto' },
            field('description'),
          ),
        ),
        h('div', { className: 'article-body' }, widgetFor('body')),
      ),
    ),
  );
}

export async function registerPreview(cms: Cms, sitePath: string) {
  // The dev server may answer the first request while it is still preparing (a page without its
  // styles): ask again, a few times, until the page has them.
  let styles = await siteStyles(sitePath);
  for (let attempt = 0; attempt < 10 && !styles.links.length && !styles.inline.length; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    styles = await siteStyles(sitePath);
  }
  const { links, inline } = styles;
  for (const href of links) cms.registerPreviewStyle(href);
  for (const css of inline) cms.registerPreviewStyle(css, { raw: true });
  cms.registerPreviewStyle('html { direction: rtl; } body { margin: 0; }', { raw: true });
  cms.registerPreviewTemplate('articles', ArticlePreview);
}
