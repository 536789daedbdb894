// Every built HTML page of both test sites validates with html-validate under the project's rule set
// (.htmlvalidate.json: the recommended rules, each exception justified in the README).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { listBuiltPages, missingPageTypes, requiredPageTypes } from '../helpers/built-pages';
import { projectRoot } from '../helpers/paths';
import { fixtureDist, siteDist } from '../helpers/sites';

// The project's config file, whatever folder the built pages are in.
const config = JSON.parse(
  readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const stylish = formatterFactory('stylish');

describe.each([
  { name: 'fixture site', dist: fixtureDist },
  { name: 'real site', dist: siteDist },
])('html-validate on the $name', ({ dist }) => {
  it('every built page validates', async () => {
    const pages = await listBuiltPages(dist);
    expect(pages.length).toBeGreaterThan(5);
    const reports = await Promise.all(
      pages.map((page) => validator.validateFile(path.join(dist, page.file))),
    );
    const failed = reports.filter((report) => !report.valid);
    const details = failed.map((report) => stylish(report.results)).join('\n');
    expect(failed.length, `pages with HTML errors:\n${details}`).toBe(0);
  });
});

describe('page types of the fixture site', () => {
  it(`has every required page type (${requiredPageTypes.join(', ')})`, async () => {
    expect(missingPageTypes(await listBuiltPages(fixtureDist))).toEqual([]);
  });
});
