// The web editor at /admin/ (Decap CMS, bundled from npm by src/integrations/admin.ts, nothing from a
// CDN). Only what Afaq needs is registered: GitHub and GitLab for production, the local backend that
// `npm run dev` serves, the widgets the article schema uses, the Arabic interface, the MDX file format
// that keeps untouched bytes, the article components as blocks, a preview with the site's own CSS, and
// the build's validation before anything is saved.
import './zod-config';
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import StringWidget from 'decap-cms-widget-string';
import TextWidget from 'decap-cms-widget-text';
import NumberWidget from 'decap-cms-widget-number';
import ImageWidget from 'decap-cms-widget-image';
import FileWidget from 'decap-cms-widget-file';
import SelectWidget from 'decap-cms-widget-select';
import MarkdownWidget from 'decap-cms-widget-markdown';
import ListWidget from 'decap-cms-widget-list';
import ObjectWidget from 'decap-cms-widget-object';
import RelationWidget from 'decap-cms-widget-relation';
import BooleanWidget from 'decap-cms-widget-boolean';
import DatetimeWidget from 'decap-cms-widget-datetime';
import { decapArabic } from './locale-ar';
import { registerArticleFormat } from './format';
import { registerComponents } from './components';
import { registerPreview } from './preview';
import { registerValidation } from './validate';
import { fileNameWidget } from './file-name';

// Decap's own types are stricter than the few calls made here; the helpers type what they use.
const cms = CMS as any;

cms.registerBackend('github', GitHubBackend);
cms.registerBackend('gitlab', GitLabBackend);
cms.registerBackend('proxy', ProxyBackend);
cms.registerWidget(
  [
    StringWidget,
    TextWidget,
    NumberWidget,
    ImageWidget,
    FileWidget,
    SelectWidget,
    MarkdownWidget,
    ListWidget,
    ObjectWidget,
    RelationWidget,
    BooleanWidget,
    DatetimeWidget,
  ].map((widget) => widget.Widget()),
);
cms.registerLocale('ar', decapArabic);

const isLocalHost = ['localhost', '127.0.0.1'].includes(location.hostname);

/** Shown instead of the editor when the site was built without a repository to save to. */
function explainMissingRepository() {
  const box = document.createElement('main');
  box.className = 'afaq-admin-notice';
  const heading = document.createElement('h1');
  heading.textContent = 'لم يُضبط مستودع المحرر';
  const text = document.createElement('p');
  text.textContent =
    'بُني الموقع دون CMS_REPO (مثل newsroom/afaq)، فلا يعرف المحرر أين يحفظ المقالات. اضبط المتغير في الاستضافة ثم أعد البناء (docs/editors-guide.md، «المحرر على الويب»). The site was built without CMS_REPO.';
  box.append(heading, text);
  document.body.append(box);
}

async function start() {
  const config = await (await fetch(new URL('config.json', location.href))).json();
  if (!isLocalHost && !config.backend.repo) return explainMissingRepository();
  // Local mode (npm run dev): the dev server answers at <base>admin/api/v1/ on the same origin; on
  // any other host Decap ignores local_backend and signs in to the configured Git host.
  config.local_backend = {
    url: new URL('api/v1/', location.href).href,
    allowed_hosts: ['localhost', '127.0.0.1'],
  };
  const { articleFieldOrder, sitePath, validation, csp: _csp, ...decapConfig } = config;
  registerArticleFormat(cms, articleFieldOrder);
  registerComponents(cms);
  cms.registerWidget(fileNameWidget(validation.taken));
  await registerPreview(cms, sitePath);
  registerValidation(cms, { ...validation, order: articleFieldOrder });
  cms.init({ config: decapConfig });
}

start();
