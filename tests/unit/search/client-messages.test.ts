import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/ar';
import { searchClientMessages } from '../../../src/lib/search/client-messages';

describe('searchClientMessages', () => {
  const messages = searchClientMessages(t);

  it('keeps a template per Arabic plural form, filled in the browser', () => {
    expect(messages.count.one).toBe('نتيجة واحدة');
    expect(messages.count.two).toBe('نتيجتان');
    expect(messages.count.few.replace('{count}', '3')).toBe('3 نتائج');
    expect(messages.count.many.replace('{count}', '11')).toBe('11 نتيجة');
    expect(messages.count.other.replace('{count}', '100')).toBe('100 نتيجة');
  });

  it('leaves a {query} slot in the no-results message', () => {
    expect(messages.noResults.replace('{query}', 'بكين')).toBe('لا توجد نتائج لـ«بكين».');
  });

  it('survives a JSON round trip (it travels in the page)', () => {
    expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
  });
});
