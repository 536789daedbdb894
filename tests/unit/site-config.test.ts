import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../src/lib/site-config';
import { site } from '../../src/site.config';

describe('defineSiteConfig', () => {
  it('accepts the site’s own configuration unchanged', () => {
    expect(defineSiteConfig(site)).toEqual(site);
  });

  it('names every wrong setting and says what is expected', () => {
    const broken = {
      ...site,
      digits: 'roman',
      timeZone: 'Asia/Riad',
      relatedCount: 0,
      reader: { ...site.reader, pageSize: 2.5 },
    } as unknown as typeof site;
    let message = '';
    try {
      defineSiteConfig(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^src\/site\.config\.ts: /);
    expect(message).toContain('digits: "latn" (0-9) or "arab" (٠-٩)');
    expect(message).toContain('timeZone: an IANA time zone');
    expect(message).toContain('relatedCount: a whole number, at least 1');
    expect(message).toContain('reader.pageSize: a whole number, at least 1');
  });

  it('refuses unknown settings (a misspelt name would otherwise be ignored)', () => {
    expect(() =>
      defineSiteConfig({ ...site, homeLatestCuont: 3 } as unknown as typeof site),
    ).toThrow(/homeLatestCuont/);
  });
});
