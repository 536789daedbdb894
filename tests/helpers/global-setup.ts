// Builds the two sites the build and e2e tests read, once per test run:
//   tests/.tmp/fixture/dist  from tests/fixtures/content (several categories, headings, drafts…)
//   tests/.tmp/site/dist     from content/ (the real site with the seed article)
// Both as deployed with the comment receiver behind the site (COMMENTS_PROVIDER=endpoint): every
// article has the form. The default (no setting: comments closed) has its own build in
// tests/build/comments.test.ts.
import { buildSite } from './build-site';
import { fixtureContent, siteContent } from './paths';

const withReceiver = { COMMENTS_PROVIDER: 'endpoint' };

export default async function setup() {
  const builds = await Promise.all([
    buildSite({ name: 'fixture', contentDir: fixtureContent, env: withReceiver }),
    buildSite({ name: 'site', contentDir: siteContent, env: withReceiver }),
  ]);
  for (const build of builds) {
    if (!build.ok) throw new Error(`Test site build failed (${build.outDir}):\n${build.output}`);
  }
}
