// HTML of the article components in the editor's preview: the same elements and classes as
// src/components/mdx/*.astro, so the site's stylesheet (loaded into the preview) styles them alike.
// Every value is escaped: the preview shows what an editor typed, never runs it.

const escape = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

type GetAsset = (path: string) => { toString(): string } | undefined;

export function componentPreview(
  name: string,
  values: Record<string, unknown>,
  getAsset?: GetAsset,
): string {
  const asset = (path: unknown) =>
    typeof path === 'string' && path ? String(getAsset?.(path) ?? path) : '';
  switch (name) {
    case 'Figure': {
      const caption = [
        values.caption && `<span dir="auto">${escape(values.caption)}</span>`,
        values.credit &&
          `<small class="whitespace-nowrap text-xs"><bdi>${escape(values.credit)}</bdi></small>`,
      ]
        .filter(Boolean)
        .join(' ');
      return `<figure class="article-figure"><img class="w-full rounded" src="${escape(asset(values.src))}" alt="${escape(values.alt)}">${caption ? `<figcaption class="mt-2 text-sm leading-relaxed text-muted">${caption}</figcaption>` : ''}</figure>`;
    }
    case 'PullQuote':
      return `<figure class="pull-quote my-8 border-y-4 border-accent py-4 text-center"><blockquote class="border-0 ps-0 text-2xl font-bold leading-relaxed text-brand">${escape(values.children)}</blockquote>${values.cite ? `<figcaption class="mt-2 text-base text-muted">— <cite class="not-italic">${escape(values.cite)}</cite></figcaption>` : ''}</figure>`;
    case 'Note': {
      const warning = values.tone === 'warning';
      const heading = values.title || (warning ? 'تنبيه' : 'ملاحظة');
      return `<div role="note" class="article-note rounded-md border-s-4 bg-paper px-4 py-3 shadow-sm ${warning ? 'border-accent' : 'border-brand'}"><p class="font-bold ${warning ? 'text-accent' : 'text-brand'}">${escape(heading)}</p><div class="article-note-body"><p>${escape(values.children)}</p></div></div>`;
    }
    case 'Video':
      return `<figure class="video-embed">${values.poster ? `<img class="w-full rounded" src="${escape(asset(values.poster))}" alt="">` : ''}<figcaption class="mt-2 text-sm text-muted"><span class="font-bold text-ink" dir="auto">▶ ${escape(values.title)}</span> <bdi class="block text-xs" dir="ltr">${escape(values.url)}</bdi></figcaption></figure>`;
    case 'Gallery':
      return `<section class="gallery"><p class="gallery-title font-bold">${escape(values.title)}</p><pre dir="ltr">${escape(values.children)}</pre></section>`;
    case 'Update':
      return `<article class="live-update"><p class="live-update-time"><time dir="ltr">${escape(values.time)}</time> ${escape(values.title)}</p><p>${escape(values.children)}</p></article>`;
    default:
      return `<pre dir="ltr">${escape(name)}</pre>`;
  }
}
