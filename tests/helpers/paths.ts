import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space for test builds; git-ignored, wiped per build. */
// AFAQ_TEST_TMP lets parallel test runs (e.g. two developers' sessions) use separate folders; it
// must stay inside the project (Astro keeps intermediate output next to OUT_DIR only there).
export const tmpRoot = path.resolve(projectRoot, process.env.AFAQ_TEST_TMP ?? 'tests/.tmp');
export const fixtureDir = path.join(projectRoot, 'tests/fixtures');
export const fixtureContent = path.join(fixtureDir, 'content');
export const siteContent = path.join(projectRoot, 'content');
export const screenshotDir = path.join(projectRoot, 'test-results/screenshots');
