// Closes the Netlify Forms loop: reads the comment form's verified submissions through Netlify's API
// (GET /sites/{site}/forms, GET /forms/{form}/submissions), checks each with the receiver's rules and
// puts it in the moderation queue as pending, once (the submission id is remembered). `--delete`
// then removes the imported submissions from Netlify, so readers' e-mail addresses stay in one place.
// Moderation and publishing are then as with the receiver (moderation page or command, publish step).
import { validateComment } from '../../src/lib/comments/validation.ts';
import { newCommentId } from './ids.ts';
import type { Storage } from './storage.ts';

export interface NetlifyImportOptions {
  token: string;
  siteId: string;
  formName: string;
  apiUrl?: string;
  deleteImported: boolean;
  storage: Pick<Storage, 'insert' | 'hasSource' | 'isApproved'>;
  articleIds: Set<string>;
  log: (line: string) => void;
}

interface Submission {
  id: string;
  created_at: string;
  data?: Record<string, unknown>;
}

export async function importNetlifySubmissions(options: NetlifyImportOptions) {
  const { token, siteId, storage, log } = options;
  if (!token || !siteId)
    throw new Error(
      'set NETLIFY_AUTH_TOKEN (a personal access token) and NETLIFY_SITE_ID (Site configuration → Site ID)',
    );
  const api = (options.apiUrl ?? 'https://api.netlify.com/api/v1').replace(/\/$/, '');
  const call = async (method: string, route: string) => {
    const response = await fetch(`${api}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`Netlify API ${method} ${route} answered ${response.status}`);
    return method === 'DELETE' ? undefined : ((await response.json()) as unknown);
  };

  const forms = (await call('GET', `/sites/${encodeURIComponent(siteId)}/forms`)) as Array<{
    id: string;
    name: string;
  }>;
  const form = forms.find((f) => f.name === options.formName);
  if (!form)
    throw new Error(
      `no form named "${options.formName}" on the Netlify site (forms: ${forms.map((f) => f.name).join(', ') || 'none'})`,
    );

  const submissions: Submission[] = [];
  for (let page = 1; page <= 100; page++) {
    const batch = (await call(
      'GET',
      `/forms/${encodeURIComponent(form.id)}/submissions?per_page=100&page=${page}`,
    )) as Submission[];
    submissions.push(...batch);
    if (batch.length < 100) break;
  }

  const report = { imported: 0, skipped: 0, refused: 0 };
  const done: string[] = [];
  // Oldest first, so replies find their (already imported and approved) parents in order.
  for (const submission of submissions.sort((a, b) => a.created_at.localeCompare(b.created_at))) {
    const source = `netlify:${submission.id}`;
    if (storage.hasSource(source)) {
      report.skipped += 1;
      done.push(submission.id);
      continue;
    }
    const at = Date.parse(submission.created_at);
    const result = validateComment(
      { ...submission.data, ts: String(at) },
      {
        now: at,
        minElapsedMs: 0,
        articleExists: (id) => options.articleIds.has(id),
        parentExists: (id, article) => storage.isApproved(id, article),
      },
    );
    if (result.kind !== 'valid') {
      report.refused += 1;
      log(
        `submission ${submission.id}: not imported (${result.kind === 'spam' ? 'honeypot filled' : Object.values(result.errors).join(' ')})`,
      );
      continue;
    }
    storage.insert({
      ...result.comment,
      id: newCommentId(at),
      createdAt: new Date(at).toISOString(),
      status: 'pending',
      source,
    });
    report.imported += 1;
    done.push(submission.id);
    log(`submission ${submission.id} → pending comment on ${result.comment.article}`);
  }
  if (options.deleteImported) {
    for (const id of done) await call('DELETE', `/submissions/${encodeURIComponent(id)}`);
    log(`deleted ${done.length} imported submission(s) from Netlify`);
  }
  return report;
}
