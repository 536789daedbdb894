// The editor's Arabic interface covers every string Decap has (a Decap update that adds strings fails here).
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { decapArabic } from '../../../src/admin/locale-ar';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
const get = (value: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], value);

describe('Arabic interface of the web editor', () => {
  it('translates every Decap string, keeping its placeholders', () => {
    expect(keys(decapArabic).sort()).toEqual(keys(en).sort());
    for (const key of keys(en)) {
      const placeholders = (text: string) =>
        [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
      const arabic = String(get(decapArabic, key));
      expect(new Set(placeholders(arabic)), key).toEqual(
        new Set(placeholders(String(get(en, key)))),
      );
    }
  });

  it('gives plurals the six Arabic forms', () => {
    expect(decapArabic.workflow.workflowList.currentEntries.split('||||')).toHaveLength(6);
    expect(decapArabic.workflow.workflow.description.split('||||')).toHaveLength(6);
  });
});
