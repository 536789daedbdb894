// robots.txt naming both sitemaps (with SITE_URL and BASE_PATH). Under a sub-path, crawlers only
// read the host's root robots.txt: copy these Sitemap lines there.
import type { APIRoute } from 'astro';
import { site } from '../site.config';
import { robotsTxt } from '../lib/seo/head';
import { absolute } from '../lib/view/lists';
import { joinBase } from '../lib/routes';

export const GET: APIRoute = () =>
  new Response(robotsTxt([absolute(joinBase(site.basePath, 'sitemap-index.xml')), absolute(joinBase(site.basePath, 'news-sitemap.xml'))]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
