// The sites built once by global-setup.ts.
import path from 'node:path';
import { tmpRoot } from './paths';

/** Built from tests/fixtures/content: several categories, headings, a draft and a scheduled article. */
export const fixtureDist = path.join(tmpRoot, 'fixture/dist');
/** Built from content/: the real site with the seed article. */
export const siteDist = path.join(tmpRoot, 'site/dist');
export const seedArticleId = 'shoigu-beijing-security-talks';
