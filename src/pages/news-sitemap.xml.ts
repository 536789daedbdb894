// Google News sitemap: articles published in the last days (site.reader.newsSitemapDays) at build time.
import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { getSiteData } from '../lib/content/site-data';
import { newsEntries, newsSitemapXml } from '../lib/seo/feeds';
import { absolute, articleUrl } from '../lib/routes';

export const GET: APIRoute = async () => {
  const { articles, now } = await getSiteData();
  const entries = newsEntries(articles, now, site.reader.newsSitemapDays, (id) =>
    absolute(articleUrl(id)),
  );
  return new Response(newsSitemapXml(entries, { name: site.name, language: 'ar' }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
