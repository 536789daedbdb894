// Before the editor saves an article: the text that would be written is checked by the build's own
// checks (src/lib/content/article-check.ts) and refused, with the build's messages, if anything is
// wrong; a new article also gets its file name (a short Latin slug of its title) here.
import { checkArticle, formatProblems } from '../lib/content/article-check';
import { slugFromTitle } from '../lib/arabic/transliterate';
import { articleText, FILE_NAME } from './format';

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

type Cms = {
  registerEventListener: (listener: {
    name: string;
    handler: (event: { entry: ImmutableMap }) => unknown;
  }) => void;
};

export interface ValidationSettings {
  /** Category ids (content/categories/). */
  categories: string[];
  /** The articles folder, as the files are named in messages ("content/articles"). */
  folder: string;
  /** Article file names already taken (without .mdx), so a new article never replaces one. */
  taken: string[];
  order: string[];
}

/** The error the editor shows (its toast reads "لم يُحفظ المقال: <message>"). */
class ArticleProblems extends Error {
  override name = '';
}

export function registerValidation(cms: Cms, settings: ValidationSettings) {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== 'articles') return undefined;
      let data = entry.get('data') as ImmutableMap;
      const isNew = Boolean(entry.get('newRecord'));
      if (isNew && !data.get(FILE_NAME)) {
        data = data.set(
          FILE_NAME,
          slugFromTitle(String(data.get('title') ?? ''), new Set(settings.taken)),
        );
      }
      const file = isNew
        ? `${settings.folder}/${data.get(FILE_NAME)}.mdx`
        : String(entry.get('path'));
      const problems = checkArticle(articleText(data.toJS(), settings.order), {
        categories: settings.categories,
        mdx: true,
      });
      if (problems.length) throw new ArticleProblems(formatProblems(file, problems));
      return data;
    },
  });
}
