// The moderation page's HTML: server-rendered, no script, the stylesheet served as a file (so the
// page's own CSP allows no inline code at all). Every value is escaped by hono/html's `html`;
// readers' text is isolated with dir="auto" / <bdi>.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { t } from '../../../src/i18n/ar.ts';
import { site } from '../../../src/site.config.ts';
import { bodyParagraphs } from '../../../src/lib/comments/threads.ts';
import { commentLimits } from '../../../src/lib/comments/validation.ts';
import type { LogEntry, StoredComment } from '../store.ts';
import type { PublishStatus } from '../publish.ts';
import { moderationActions, type ModerationAction } from '../moderation.ts';
import { statusFilters, type QueueQuery } from './query.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;
const a = t.commentsAdmin;

export interface LayoutOptions {
  base: string;
  title: string;
  moderator?: string;
  csrf?: string;
  current?: 'queue' | 'log';
  body: Html;
}

const dateFormat = new Intl.DateTimeFormat('ar-u-nu-latn', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
export const formatTime = (iso: string) => `${dateFormat.format(new Date(iso))} UTC`;

export function layout({ base, title, moderator, csrf, current, body }: LayoutOptions) {
  return html`<!doctype html>
    <html lang="ar" dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="color-scheme" content="light dark" />
        <title>${title} | ${site.name}</title>
        <link rel="stylesheet" href="${base}admin.css" />
      </head>
      <body>
        <a class="skip" href="#main">${a.skip}</a>
        <header class="top">
          <p class="brand">${site.name} — ${a.title}</p>
          ${
            moderator
              ? html`<nav aria-label="${a.title}">
                    <a href="${base}" ${current === 'queue' ? html`aria-current="page"` : ''}
                      >${a.navQueue}</a
                    >
                    <a href="${base}log" ${current === 'log' ? html`aria-current="page"` : ''}
                      >${a.navLog}</a
                    >
                  </nav>
                  <form method="post" action="${base}logout" class="logout">
                    <input type="hidden" name="csrf" value="${csrf}" />
                    <span>${a.signedInAs} <bdi>${moderator}</bdi></span>
                    <button type="submit" class="secondary">${a.logout}</button>
                  </form>`
              : ''
          }
        </header>
        <main id="main" tabindex="-1">${body}</main>
      </body>
    </html>`;
}

export function loginPage(base: string, loginCsrf: string, error?: string) {
  return layout({
    base,
    title: a.loginTitle,
    body: html`<h1>${a.loginTitle}</h1>
      <p>${a.loginIntro}</p>
      ${error ? html`<p class="alert error" role="alert">${error}</p>` : ''}
      <form method="post" action="${base}login" class="card stack narrow">
        <input type="hidden" name="csrf" value="${loginCsrf}" />
        <label for="name">${a.loginName}</label>
        <input id="name" name="name" autocomplete="username" required maxlength="40" dir="auto" />
        <label for="password">${a.loginPassword}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="200"
          dir="ltr"
        />
        <button type="submit">${a.loginSubmit}</button>
      </form>`,
  });
}

export interface ArticleInfo {
  title: string;
  url: string;
}

export interface QueueView {
  base: string;
  moderator: string;
  csrf: string;
  query: QueueQuery;
  comments: StoredComment[];
  parents: Map<string, StoredComment>;
  total: number;
  counts: Record<string, number>;
  articles: Array<{ article: string; total: number; pending: number }>;
  articleInfo: (id: string) => ArticleInfo;
  flash?: { message: string; kind: 'ok' | 'error' };
  publish?: PublishStatus;
  pageSize: number;
}

export const queueHref = (base: string, query: Partial<QueueQuery>) => {
  const params = new URLSearchParams();
  if (query.status && query.status !== 'pending') params.set('status', query.status);
  if (query.article) params.set('article', query.article);
  if (query.q) params.set('q', query.q);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return `${base}${search ? `?${search}` : ''}`;
};

function paragraphs(body: string) {
  return bodyParagraphs(body).map(
    (lines) =>
      html`<p dir="auto">${lines.map((line, i) => (i > 0 ? html`<br />${line}` : line))}</p>`,
  );
}

function statusBadge(comment: StoredComment) {
  return html`<span class="badge ${comment.status}">${a.statusLabels[comment.status]}</span>`;
}

function commentMeta(comment: StoredComment, info: ArticleInfo, parent: StoredComment | undefined) {
  return html`<p class="meta">
      <bdi class="name">${comment.name}</bdi>
      ${comment.staff ? html`<span class="badge staff">${a.newsroomBadge}</span>` : ''}
      ${statusBadge(comment)}
      <time datetime="${comment.createdAt}">${formatTime(comment.createdAt)}</time>
      ${comment.editedAt ? html`<span class="muted">(${a.edited})</span>` : ''}
    </p>
    <p class="meta">${a.on} <a href="${info.url}">${info.title}</a></p>
    ${comment.email ? html`<p class="meta">${a.email} <span dir="ltr">${comment.email}</span></p>` : ''}
    ${comment.website ? html`<p class="meta">${a.website} <span dir="ltr">${comment.website}</span></p>` : ''}
    ${
      parent
        ? html`<blockquote class="parent">
            <p class="meta">${a.replyTo} <bdi>${parent.name}</bdi></p>
            <p dir="auto">${excerpt(parent.body)}</p>
          </blockquote>`
        : ''
    }`;
}

const excerpt = (text: string, max = 240) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

function actionButtons(comment: StoredComment, formId?: string) {
  const form = formId ? html` form="${formId}"` : '';
  const wanted: ModerationAction[] =
    comment.status === 'pending'
      ? ['approve', 'reject', 'spam']
      : comment.status === 'approved'
        ? ['reject', 'spam']
        : ['approve', 'pending'];
  return wanted.map(
    (action) =>
      html`<button
        type="submit"
        name="single"
        value="${action}:${comment.id}"
        ${form}
        class="${action === 'approve' ? '' : 'secondary'}"
      >
        ${a.actions[action]}
      </button>`,
  );
}

function publishBox(base: string, csrf: string, status: PublishStatus | undefined) {
  if (!status) return html`<p class="muted">${a.publishOff}</p>`;
  return html`<section class="card publish" aria-labelledby="publish-title">
    <h2 id="publish-title">${a.publishTitle}</h2>
    <p>
      <span class="badge ${status.state === 'failed' ? 'spam' : 'approved'}"
        >${a.publishState[status.state]}</span
      >
      ${status.pending > 0 ? a.publishPending(String(status.pending)) : ''}
    </p>
    ${status.lastSuccessAt ? html`<p>${a.publishLast} <time datetime="${status.lastSuccessAt}">${formatTime(status.lastSuccessAt)}</time></p>` : ''}
    ${status.lastError ? html`<p class="alert error" role="status">${a.publishError} <span dir="ltr">${status.lastError}</span></p>` : ''}
    <form method="post" action="${base}publish">
      <input type="hidden" name="csrf" value="${csrf}" />
      <button type="submit" class="secondary">${a.publishNow}</button>
    </form>
  </section>`;
}

export function queuePage(v: QueueView) {
  const { base, query } = v;
  const shownFrom = (query.page - 1) * v.pageSize;
  const pages = Math.max(1, Math.ceil(v.total / v.pageSize));
  const returnTo = queueHref(base, query);
  const body = html`<h1>${a.title}</h1>
    ${v.flash ? html`<p class="alert ${v.flash.kind}" role="status">${v.flash.message}</p>` : ''}
    <nav aria-label="${a.filterStatus}" class="tabs">
      ${statusFilters.map(
        (status) =>
          html`<a
            href="${queueHref(base, { ...query, status, page: 1 })}"
            ${query.status === status ? html`aria-current="page"` : ''}
            >${a.count(
              a.statusLabels[status],
              String(
                status === 'all'
                  ? Object.values(v.counts).reduce((sum, n) => sum + n, 0)
                  : (v.counts[status] ?? 0),
              ),
            )}</a
          >`,
      )}
    </nav>
    <form
      method="get"
      action="${base}"
      class="card filters"
      role="search"
      aria-label="${a.filters}"
    >
      <input type="hidden" name="status" value="${query.status}" />
      <div class="field">
        <label for="article">${a.filterArticle}</label>
        <select id="article" name="article">
          <option value="">${a.filterAllArticles}</option>
          ${v.articles.map(
            (item) =>
              html`<option
                value="${item.article}"
                ${item.article === query.article ? html`selected` : ''}
              >
                ${v.articleInfo(item.article).title} (${item.pending}/${item.total})
              </option>`,
          )}
        </select>
      </div>
      <div class="field grow">
        <label for="q">${a.filterSearch}</label>
        <input id="q" name="q" type="search" value="${query.q}" maxlength="100" dir="auto" />
      </div>
      <button type="submit">${a.filterApply}</button>
    </form>
    ${publishBox(base, v.csrf, v.publish)}
    <p class="muted" role="status">
      ${a.results(`${v.comments.length ? shownFrom + 1 : 0}–${shownFrom + v.comments.length}`, String(v.total))}
    </p>
    ${
      v.comments.length === 0
        ? html`<p class="card">${a.empty}</p>`
        : html`<form method="post" action="${base}actions" id="bulk">
            <input type="hidden" name="csrf" value="${v.csrf}" />
            <input type="hidden" name="return" value="${returnTo}" />
            <fieldset class="card bulk">
              <legend>${a.bulkLegend}</legend>
              <label for="bulk-action">${a.bulkAction}</label>
              <select id="bulk-action" name="action">
                ${moderationActions.map((action) => html`<option value="${action}">${a.actions[action]}</option>`)}
              </select>
              <button type="submit">${a.bulkApply}</button>
            </fieldset>
            <ol class="comments">
              ${v.comments.map((comment) => {
                const info = v.articleInfo(comment.article);
                return html`<li>
                  <article class="card comment" aria-labelledby="c-${comment.id}-name">
                    <div class="select">
                      <input
                        type="checkbox"
                        name="id"
                        value="${comment.id}"
                        id="sel-${comment.id}"
                      />
                      <label for="sel-${comment.id}" id="c-${comment.id}-name"
                        >${a.select(comment.name)}</label
                      >
                    </div>
                    ${commentMeta(comment, info, comment.parent ? v.parents.get(comment.parent) : undefined)}
                    <div class="body">${paragraphs(comment.body)}</div>
                    <div class="actions" role="group" aria-label="${a.actionsFor(comment.name)}">
                      ${actionButtons(comment)}
                      <a href="${base}comment/${comment.id}" class="button secondary">${a.open}</a>
                    </div>
                  </article>
                </li>`;
              })}
            </ol>
          </form>`
    }
    ${
      pages > 1
        ? html`<nav aria-label="${a.pages}" class="pager">
            ${query.page > 1 ? html`<a href="${queueHref(base, { ...query, page: query.page - 1 })}">${a.pagePrevious}</a>` : ''}
            <span>${query.page} / ${pages}</span>
            ${query.page < pages ? html`<a href="${queueHref(base, { ...query, page: query.page + 1 })}">${a.pageNext}</a>` : ''}
          </nav>`
        : ''
    }`;
  return layout({
    base,
    title: a.title,
    moderator: v.moderator,
    csrf: v.csrf,
    current: 'queue',
    body,
  });
}

export interface CommentPageView {
  base: string;
  moderator: string;
  csrf: string;
  comment: StoredComment;
  parent?: StoredComment;
  info: ArticleInfo;
  flash?: { message: string; kind: 'ok' | 'error' };
}

export function commentPage(v: CommentPageView) {
  const { base, comment } = v;
  const L = commentLimits;
  const body = html`<p><a href="${base}">${a.back}</a></p>
    <h1 id="title">${a.editTitle}</h1>
    ${v.flash ? html`<p class="alert ${v.flash.kind}" role="status">${v.flash.message}</p>` : ''}
    <article class="card comment" aria-labelledby="title">
      ${commentMeta(comment, v.info, v.parent)}
      <div class="body">${paragraphs(comment.body)}</div>
      <form method="post" action="${base}actions" class="actions">
        <input type="hidden" name="csrf" value="${v.csrf}" />
        <input type="hidden" name="return" value="${base}comment/${comment.id}" />
        ${actionButtons(comment)}
      </form>
    </article>
    <section class="card" aria-labelledby="edit-title">
      <h2 id="edit-title">${a.editTitle}</h2>
      <form method="post" action="${base}comment/${comment.id}/edit" class="stack">
        <input type="hidden" name="csrf" value="${v.csrf}" />
        <label for="edit-name">${a.editName}</label>
        <input
          id="edit-name"
          name="name"
          value="${comment.name}"
          required
          maxlength="${L.nameMax}"
          dir="auto"
        />
        <label for="edit-body">${a.editBody}</label>
        <textarea id="edit-body" name="body" rows="8" required maxlength="${L.bodyMax}" dir="auto">
${comment.body}</textarea>
        <div class="actions">
          <button type="submit" name="approve" value="1">${a.editSaveApprove}</button>
          <button type="submit" class="secondary">${a.editSave}</button>
        </div>
      </form>
    </section>
    ${
      comment.staff
        ? ''
        : html`<section class="card" aria-labelledby="reply-title">
            <h2 id="reply-title">${a.replyTitle}</h2>
            <p class="muted" id="reply-hint">${a.replyHint}</p>
            <form method="post" action="${base}comment/${comment.id}/reply" class="stack">
              <input type="hidden" name="csrf" value="${v.csrf}" />
              <label for="reply-body">${a.replyBody}</label>
              <textarea
                id="reply-body"
                name="body"
                rows="5"
                required
                maxlength="${L.bodyMax}"
                dir="auto"
                aria-describedby="reply-hint"
              ></textarea>
              <div class="actions"><button type="submit">${a.replySubmit}</button></div>
            </form>
          </section>`
    }`;
  return layout({
    base,
    title: a.editTitle,
    moderator: v.moderator,
    csrf: v.csrf,
    current: 'queue',
    body,
  });
}

export function logPage(base: string, moderator: string, csrf: string, entries: LogEntry[]) {
  const body = html`<h1>${a.logTitle}</h1>
    <div class="table-wrap" role="region" aria-labelledby="log-caption" tabindex="0">
      <table>
        <caption id="log-caption">
          ${a.logTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${a.logWhen}</th>
            <th scope="col">${a.logWho}</th>
            <th scope="col">${a.logWhat}</th>
            <th scope="col">${a.logComment}</th>
            <th scope="col">${a.logDetail}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) =>
              html`<tr>
                <td><time datetime="${entry.at}">${formatTime(entry.at)}</time></td>
                <td><bdi>${entry.actor}</bdi></td>
                <td>${entry.action}</td>
                <td>
                  ${entry.commentId ? html`<a href="${base}comment/${entry.commentId}" dir="ltr">${entry.commentId}</a>` : ''}
                </td>
                <td dir="ltr">${entry.detail ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  return layout({ base, title: a.logTitle, moderator, csrf, current: 'log', body });
}

export function messagePage(base: string, title: string, message: string) {
  return layout({
    base,
    title,
    body: html`<h1>${title}</h1>
      <p>${message}</p>
      <p><a href="${base}">${a.back}</a></p>`,
  });
}
