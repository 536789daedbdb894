// robots.txt naming both sitemaps (with SITE_URL and BASE_PATH). Under a sub-path, crawlers only
// read the host's root robots.txt: copy these Sitemap lines there.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/feeds';
import { absolute, newsSitemapUrl, sitemapIndexUrl } from '../lib/routes';

export const GET: APIRoute = () =>
  new Response(robotsTxt([absolute(sitemapIndexUrl()), absolute(newsSitemapUrl())]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
