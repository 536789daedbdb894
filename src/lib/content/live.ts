// Live coverage («تغطية مباشرة»): an article with `live: true` whose body holds <Update time="…">
// blocks. This reads the updates out of the MDX source for the page's structured data and header
// (the page shows them newest first; see remark-live-updates.ts).
import { mdxToPlainText } from '../arabic/text.ts';
import { componentMessages, formatMessage } from './messages.ts';

export interface LiveUpdate {
  time: Date;
  /** The update's own headline (title="…"), if it has one. */
  title?: string;
  /** Its text, as plain text. */
  text: string;
  /** The fragment id its block gets on the page. */
  anchor: string;
}

const updateBlock = /<Update\b([^>]*)>([\s\S]*?)<\/Update\s*>/g;
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);

/** "update-20241112T073000Z": one id per instant, the same on the page and in the JSON-LD. */
export const updateAnchor = (time: Date) => `update-${time.toISOString().replace(/[-:]|\.\d+/g, '')}`;

/** An update's time attribute as a date, or an error message (Arabic first) naming what to write. */
export function parseUpdateTime(value: string | undefined): Date | string {
  if (!value) return formatMessage(componentMessages.updateTime(undefined));
  // A full date and time with its offset: a bare "10:30" or a date alone would be read in the wrong zone.
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return formatMessage(componentMessages.updateTime(value));
  return date;
}

/** The updates of a live article's MDX body, newest first. Throws on an update without a valid time. */
export function extractLiveUpdates(body: string, file: string): LiveUpdate[] {
  const source = body.replace(/```[\s\S]*?```/g, ' ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  const updates: LiveUpdate[] = [];
  for (const [, attributes = '', content = ''] of source.matchAll(updateBlock)) {
    const timeMatch = attribute(attributes, 'time');
    const time = parseUpdateTime(timeMatch?.[1] ?? timeMatch?.[2]);
    if (typeof time === 'string') throw new Error(`${file}: ${time}`);
    const titleMatch = attribute(attributes, 'title');
    const title = titleMatch?.[1] ?? titleMatch?.[2];
    updates.push({ time, ...(title ? { title } : {}), text: mdxToPlainText(content), anchor: updateAnchor(time) });
  }
  return updates.sort((a, b) => b.time.getTime() - a.time.getTime());
}

/** Is the coverage live at `now`: `live: true` and its `liveUntil`, if any, not yet passed. */
export function isLiveNow(article: { live: boolean; liveUntil?: Date }, now: Date): boolean {
  return article.live && (!article.liveUntil || now.getTime() < article.liveUntil.getTime());
}

/** An update as content sync stores it (src/lib/content/article-loader.ts): its time as ISO text. */
export type StoredLiveUpdate = Omit<LiveUpdate, 'time'> & { time: string };

export const storeLiveUpdates = (updates: readonly LiveUpdate[]): StoredLiveUpdate[] =>
  updates.map((update) => ({ ...update, time: update.time.toISOString() }));

/** The updates content sync stored for an article (none unless it is a live coverage page). */
export const liveUpdates = (meta: { updates?: readonly StoredLiveUpdate[] }): LiveUpdate[] =>
  (meta.updates ?? []).map((update) => ({ ...update, time: new Date(update.time) }));
