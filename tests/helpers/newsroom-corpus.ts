// A generated corpus dressed as a newsroom's, for looking at the site at scale: a few hundred stories
// (scripts/corpus/generate-corpus.mjs) published through the day, half of them with a photo, an opinion
// section by the fixture writers, two breaking stories and a live coverage page.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../../scripts/corpus/generate-corpus.mjs';
import { fixtureContent, tmpRoot } from './paths';

const photos = ['satellite-launch.jpg'];

/** Writes the corpus to tests/.tmp/<name>-content and returns the folder. */
export async function writeNewsroomCorpus(
  name: string,
  count: number,
  now = new Date(),
): Promise<string> {
  const dir = path.join(tmpRoot, `${name}-content`);
  await rm(dir, { recursive: true, force: true });
  const corpus = generateCorpus({
    count,
    seed: 7,
    start: now.toISOString().slice(0, 10),
    days: 30,
  });
  writeCorpus(dir, { ...corpus, articles: [] });
  await mkdir(path.join(dir, 'articles/images'), { recursive: true });
  for (const photo of photos)
    await cp(
      path.join(fixtureContent, 'articles/images', photo),
      path.join(dir, 'articles/images', photo),
    );
  await cp(path.join(fixtureContent, 'authors'), path.join(dir, 'authors'), { recursive: true });
  await cp(path.join(fixtureContent, 'pages'), path.join(dir, 'pages'), { recursive: true });
  await cp(
    path.join(fixtureContent, 'categories/opinion.json'),
    path.join(dir, 'categories/opinion.json'),
  );
  const writers = ['ahmad-salem', 'lina-haddad'];
  const yaml = (data: Record<string, unknown>) =>
    Object.entries(data)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join('\n');
  for (const [i, article] of corpus.articles.entries()) {
    // Spread over the hours of each day, the newest a few minutes before now.
    const date = new Date(
      Math.min(
        Date.parse(`${article.data.date}T00:00:00Z`) + ((i * 137) % 1440) * 60_000,
        now.getTime() - (i + 5) * 60_000,
      ),
    );
    const data: Record<string, unknown> = { ...article.data, date: date.toISOString() };
    if (i % 2 === 0)
      Object.assign(data, {
        image: `./images/${photos[i % photos.length]}`,
        imageAlt: 'صورة من موقع الحدث',
      });
    if (i % 9 === 4) Object.assign(data, { category: 'opinion', author: writers[i % 2] });
    else if (i % 5 === 1) data.author = writers[i % 2];
    if (i === 1 || i === 3)
      Object.assign(data, {
        breaking: true,
        breakingUntil: new Date(now.getTime() + 86_400_000).toISOString(),
      });
    await writeFile(
      path.join(dir, 'articles', `${article.id}.mdx`),
      `---\n${yaml(data)}\n---\n\n${article.body}`,
    );
  }
  await cp(
    path.join(fixtureContent, 'articles/live-summit.mdx'),
    path.join(dir, 'articles/live-summit.mdx'),
  );
  return dir;
}
