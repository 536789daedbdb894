// RSS 2.0 feed of the latest articles, with Arabic channel metadata.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { t } from '../i18n/ar';
import { getSiteData } from '../lib/content/site-data';
import { feedItems } from '../lib/seo/feeds';
import { absolute, articleUrl, feedUrl, homeUrl } from '../lib/routes';

export const GET: APIRoute = async () => {
  const { articles, now } = await getSiteData();
  return rss({
    title: site.name,
    description: `${t.feedDescription} — ${t.siteTagline}`,
    site: absolute(homeUrl()),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>ar</language>',
      `<copyright>${t.footerRights(String(now.getFullYear()))}</copyright>`,
      `<atom:link href="${absolute(feedUrl())}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feedItems(articles, site.reader.feedSize, (id) => absolute(articleUrl(id))),
    trailingSlash: true,
  });
};
