// The article file format of the web editor: frontmatter + MDX body, written so that only what the
// editor changed changes (lib/editor/article-file.ts for the frontmatter, body-merge.ts for the
// body). The body widget's own Markdown round trip is the normaliser that recognises untouched blocks.
import {
  markdownToSlate,
  slateToMarkdown,
} from 'decap-cms-widget-markdown/dist/esm/serializers/index.js';
import { parseArticleFile, serializeArticleFile } from '../lib/editor/article-file';
import { mergeBody } from '../lib/editor/body-merge';
import { mdxSafeBlock } from '../lib/editor/mdx-text';
import { localPath } from '../lib/editor/components';

/** Entry data key holding the file as it was read (never written to the file). */
export const ORIGINAL = '_original';
/** Entry data key holding the file name chosen for a new article (never written). */
export const FILE_NAME = '_file';

type Cms = { registerCustomFormat: (name: string, extension: string, format: object) => void };

const normalize = (block: string) => slateToMarkdown(markdownToSlate(block, {}), {});

/** The text of the file the editor writes for an entry's data. */
export function articleText(entry: Record<string, unknown>, order: readonly string[]): string {
  const { body = '', [ORIGINAL]: original, [FILE_NAME]: _file, ...fields } = entry;
  if (typeof fields.image === 'string' && fields.image) fields.image = localPath(fields.image);
  const text = typeof body === 'string' ? body : '';
  const source = typeof original === 'string' ? original : undefined;
  const originalBody = source === undefined ? '' : parseArticleFile(source).body;
  return serializeArticleFile(
    fields,
    mergeBody(originalBody, text, normalize, mdxSafeBlock),
    source,
    order,
  );
}

export function registerArticleFormat(cms: Cms, order: readonly string[]) {
  cms.registerCustomFormat('afaq-mdx', 'mdx', {
    fromFile(text: string) {
      const { data, body } = parseArticleFile(text);
      return { ...data, body, [ORIGINAL]: text };
    },
    toFile: (entry: Record<string, unknown>) => articleText(entry, order),
  });
}
