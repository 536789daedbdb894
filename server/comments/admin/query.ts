// The queue's filters as they travel in the URL (?status=&article=&q=&page=), parsed strictly.
import { commentStatuses, type CommentStatus } from '../store.ts';

export const statusFilters = [...commentStatuses, 'all'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface QueueQuery {
  status: StatusFilter;
  article: string;
  q: string;
  page: number;
}

export function parseQueueQuery(
  params: URLSearchParams | Record<string, string | undefined>,
): QueueQuery {
  const get = (name: string) =>
    (params instanceof URLSearchParams ? params.get(name) : params[name]) ?? '';
  const status = get('status');
  const page = Number.parseInt(get('page'), 10);
  return {
    status: (statusFilters as readonly string[]).includes(status)
      ? (status as StatusFilter)
      : 'pending',
    article: get('article').slice(0, 200),
    q: get('q').trim().slice(0, 100),
    page: Number.isFinite(page) && page > 0 && page < 100_000 ? page : 1,
  };
}

export const statusOrUndefined = (status: StatusFilter): CommentStatus | undefined =>
  status === 'all' ? undefined : status;
