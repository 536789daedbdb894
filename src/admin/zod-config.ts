// Imported first by main.ts: zod decides whether to compile validators by probing `new Function`,
// which the admin page's CSP refuses (and reports). Interpreted validators are fast enough here.
import { z } from 'astro/zod';

z.config({ jitless: true });
