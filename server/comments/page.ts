// The HTML answer to a form posted without JavaScript that cannot be accepted: the reasons in Arabic,
// and the same form filled with what the reader typed, so nothing is lost.
import { html, raw } from 'hono/html';
import { t } from '../../src/i18n/ar.ts';
import { site } from '../../src/site.config.ts';
import { commentFields as f, commentLimits as l } from '../../src/lib/comments/validation.ts';

export interface ErrorPageOptions {
  reasons: string[];
  /** Where the form posts again (this receiver). */
  action: string;
  /** Link back to the article (or the site's home page). */
  backUrl: string;
  /** What the reader posted, when it could be read. */
  values?: Record<string, string>;
}

const style = raw(`
  body { font-family: Cairo, Tahoma, Arial, sans-serif; line-height: 1.8; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1c1f23; }
  h1 { font-size: 1.6rem; } ul { color: #b3261e; font-weight: bold; }
  label { display: block; font-weight: bold; margin-top: 1rem; }
  input, textarea { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #50565e; border-radius: 4px; }
  button { margin-top: 1rem; padding: .5rem 1.25rem; font: inherit; font-weight: bold; color: #fff; background: #0b3c5d; border: 0; border-radius: 4px; }
  :focus-visible { outline: 3px solid #f5b400; outline-offset: 2px; }
  .hp { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`);

export function errorPage({ reasons, action, backUrl, values }: ErrorPageOptions) {
  const v = (name: string) => values?.[name] ?? '';
  const form = values
    ? html`<p>${t.commentErrors.pageIntro}</p>
        <form method="post" action="${action}">
          <input type="hidden" name="${f.article}" value="${v(f.article)}" />
          <input type="hidden" name="${f.parent}" value="${v(f.parent)}" />
          <input type="hidden" name="${f.timestamp}" value="${v(f.timestamp)}" />
          <p>${t.commentPrivacyNote}</p>
          <label for="body">${t.commentBodyLabel} *</label>
          <textarea
            id="body"
            name="${f.body}"
            rows="8"
            required
            maxlength="${l.bodyMax}"
            dir="auto"
          >
${v(f.body)}</textarea>
          <label for="name">${t.commentNameLabel} *</label>
          <input
            id="name"
            name="${f.name}"
            required
            maxlength="${l.nameMax}"
            dir="auto"
            value="${v(f.name)}"
          />
          <label for="email">${t.commentEmailLabel} *</label>
          <input
            id="email"
            name="${f.email}"
            type="email"
            required
            dir="ltr"
            value="${v(f.email)}"
          />
          <label for="website">${t.commentWebsiteLabel}</label>
          <input id="website" name="${f.website}" type="url" dir="ltr" value="${v(f.website)}" />
          <div class="hp" aria-hidden="true">
            <label for="hp">${t.commentHoneypotLabel}</label>
            <input id="hp" name="${f.honeypot}" tabindex="-1" autocomplete="off" />
          </div>
          <button type="submit">${t.commentSubmit}</button>
        </form>`
    : '';
  return html`<!doctype html>
    <html lang="ar" dir="rtl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${t.commentErrors.pageTitle} | ${site.name}</title>
        <style>
          ${style}
        </style>
      </head>
      <body>
        <main>
          <h1>${t.commentErrors.pageTitle}</h1>
          <ul>
            ${reasons.map((reason) => html`<li>${reason}</li>`)}
          </ul>
          ${form}
          <p><a href="${backUrl}">${t.commentErrors.pageBack}</a></p>
        </main>
      </body>
    </html>`;
}
