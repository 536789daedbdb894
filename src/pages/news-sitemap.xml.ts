// Google News sitemap: articles published in the last days (site.reader.newsSitemapDays) at build time.
import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { getSiteData } from '../lib/content/site-data';
import { newsEntries } from '../lib/seo/feeds';
import { newsSitemapXml } from '../lib/seo/head';
import { articleUrl } from '../lib/view/cards';
import { absolute } from '../lib/view/lists';

export const GET: APIRoute = async () => {
  const { articles } = await getSiteData();
  const entries = newsEntries(articles, new Date(), site.reader.newsSitemapDays, (id) => absolute(articleUrl(id)));
  return new Response(newsSitemapXml(entries, { name: site.name, language: 'ar' }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
