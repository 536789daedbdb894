// A generated corpus (generate-corpus.mjs) as what computeRelated() ranks: each article's fields, its
// topic cluster (the right answer for quality figures) and its body as plain text, extracted the way
// the build does (mdxToPlainText). Shared by `npm run bench:related` and the related-quality test.
import { mdxToPlainText } from '../../src/lib/arabic/text.ts';

/**
 * @typedef {object} CorpusArticle
 * @property {string} id
 * @property {string} title
 * @property {string} description
 * @property {Date} date
 * @property {{ id: string }} category
 * @property {string[]} tags
 * @property {number} cluster
 * @property {string} text  the body as plain text
 */

/**
 * @param {{ articles: Array<{ id: string, cluster: number, body: string, data: { title: string, description: string, date: string, category: string, tags: string[] } }> }} corpus
 * @returns {CorpusArticle[]}
 */
export function relatedInputs(corpus) {
  return corpus.articles.map((generated) => ({
    id: generated.id,
    title: generated.data.title,
    description: generated.data.description,
    date: new Date(`${generated.data.date}T00:00:00Z`),
    category: { id: generated.data.category },
    tags: generated.data.tags,
    cluster: generated.cluster,
    text: mdxToPlainText(generated.body),
  }));
}
