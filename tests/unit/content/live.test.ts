import { describe, expect, it } from 'vitest';
import { extractLiveUpdates, isLiveNow, parseUpdateTime, updateAnchor } from '../../../src/lib/content/live';

const body = `
مقدمة التغطية.

<Update time="2024-11-12T10:30:00+03:00" title="بدء الجلسة">
افتُتحت الجلسة **صباحاً**.
</Update>

<Update time='2024-11-12T12:15:00+03:00'>
  أعلن رئيس الجلسة [النتائج](/x/).
</Update>

\`\`\`
<Update time="2030-01-01T00:00:00Z">مثال في كود</Update>
\`\`\`
`;

describe('extractLiveUpdates', () => {
  it('reads every update with its time, title and text, newest first, skipping code', () => {
    const updates = extractLiveUpdates(body, 'x.mdx');
    expect(updates.map((u) => u.time.toISOString())).toEqual(['2024-11-12T09:15:00.000Z', '2024-11-12T07:30:00.000Z']);
    expect(updates[1]).toMatchObject({ title: 'بدء الجلسة', text: 'افتُتحت الجلسة صباحاً.', anchor: 'update-20241112T073000Z' });
    expect(updates[0]!.title).toBeUndefined();
    expect(updates[0]!.text).toBe('أعلن رئيس الجلسة النتائج.');
  });

  it('fails naming the file when an update has no time or a time without its zone', () => {
    expect(() => extractLiveUpdates('<Update>نص</Update>', 'content/articles/live.mdx')).toThrow(/^content\/articles\/live\.mdx: <Update>: الوقت time مطلوب/);
    expect(() => extractLiveUpdates('<Update time="10:30">نص</Update>', 'a.mdx')).toThrow(/time="10:30".*فرق التوقيت/);
    expect(() => extractLiveUpdates('<Update time="2024-11-12T10:30">نص</Update>', 'a.mdx')).toThrow(/فرق التوقيت/);
  });
});

describe('parseUpdateTime and anchors', () => {
  it('accepts ISO date-times with Z or an offset', () => {
    expect((parseUpdateTime('2024-11-12T10:30:00Z') as Date).toISOString()).toBe('2024-11-12T10:30:00.000Z');
    expect((parseUpdateTime('2024-11-12T10:30+03:00') as Date).toISOString()).toBe('2024-11-12T07:30:00.000Z');
    expect(typeof parseUpdateTime('2024-13-40T10:30:00Z')).toBe('string');
  });
  it('gives one fragment id per instant', () => {
    expect(updateAnchor(new Date('2024-11-12T07:30:00.123Z'))).toBe('update-20241112T073000Z');
  });
});

describe('isLiveNow', () => {
  const now = new Date('2024-11-12T12:00:00Z');
  it('is live until liveUntil, and not at all without live: true', () => {
    expect(isLiveNow({ live: true }, now)).toBe(true);
    expect(isLiveNow({ live: true, liveUntil: new Date('2024-11-12T13:00:00Z') }, now)).toBe(true);
    expect(isLiveNow({ live: true, liveUntil: new Date('2024-11-12T11:00:00Z') }, now)).toBe(false);
    expect(isLiveNow({ live: false }, now)).toBe(false);
  });
});
