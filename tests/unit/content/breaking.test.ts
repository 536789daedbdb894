import { describe, expect, it } from 'vitest';
import { breakingKey, selectBreaking, type BreakingCandidate } from '../../../src/lib/content/breaking';

const now = new Date('2024-11-12T12:00:00Z');
const story = (id: string, date: string, extra: Partial<BreakingCandidate> = {}): BreakingCandidate => ({
  id,
  title: `عنوان ${id}`,
  date: new Date(date),
  breaking: true,
  ...extra,
});
const options = { maxHours: 12, limit: 3 };

describe('selectBreaking', () => {
  it('keeps breaking stories until breakingUntil, newest first', () => {
    const stories = [
      story('old', '2024-11-12T08:00:00Z', { breakingUntil: new Date('2024-11-13T00:00:00Z') }),
      story('new', '2024-11-12T11:00:00Z'),
      story('plain', '2024-11-12T11:30:00Z', { breaking: false }),
    ];
    expect(selectBreaking(stories, now, options).map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('drops a story once breakingUntil has passed, and after maxHours when it has none', () => {
    const stories = [
      story('expired', '2024-11-12T08:00:00Z', { breakingUntil: new Date('2024-11-12T11:59:59Z') }),
      story('stale', '2024-11-11T23:59:00Z'),
      story('fresh', '2024-11-12T00:00:01Z'),
    ];
    expect(selectBreaking(stories, now, options).map((s) => s.id)).toEqual(['fresh']);
  });

  it('ignores stories dated in the future, and keeps to the limit', () => {
    const stories = ['a', 'b', 'c', 'd'].map((id, i) => story(id, `2024-11-12T0${i + 1}:00:00Z`));
    stories.push(story('future', '2024-11-12T13:00:00Z'));
    expect(selectBreaking(stories, now, options).map((s) => s.id)).toEqual(['d', 'c', 'b']);
  });
});

describe('breakingKey', () => {
  it('is empty for an empty bar and changes with any id, title or order change', () => {
    const a = story('a', '2024-11-12T01:00:00Z');
    const b = story('b', '2024-11-12T02:00:00Z');
    expect(breakingKey([])).toBe('');
    const keys = new Set([breakingKey([a]), breakingKey([a, b]), breakingKey([b, a]), breakingKey([{ ...a, title: 'عنوان آخر' }])]);
    expect(keys.size).toBe(4);
    expect(breakingKey([a, b])).toBe(breakingKey([{ ...a }, { ...b }]));
  });
});
