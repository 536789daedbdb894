// Builds the two sites the build and e2e tests read, once per test run:
//   tests/.tmp/fixture/dist  from tests/fixtures/content (several categories, headings, drafts…)
//   tests/.tmp/site/dist     from content/ (the real site with the seed article)
import { buildSite } from './build-site';
import { fixtureContent, siteContent } from './paths';

export default async function setup() {
  const builds = await Promise.all([
    buildSite({ name: 'fixture', contentDir: fixtureContent }),
    buildSite({ name: 'site', contentDir: siteContent }),
  ]);
  for (const build of builds) {
    if (!build.ok) throw new Error(`Test site build failed (${build.outDir}):\n${build.output}`);
  }
}
