// The template text `npm run new` writes into a new article. Left unedited in an article that is not
// a draft, it would go live as the article's standfirst or first paragraph: the build refuses it.

export const templatePlaceholders = {
  description: 'اكتب هنا موجز الخبر في جملة أو جملتين.',
  body: 'اكتب الفقرة الأولى هنا: من، ماذا، أين، متى.',
} as const;

export interface PlaceholderProblem {
  field: 'description' | 'body';
  /** Offset of the placeholder in the body (0 for the description). */
  index: number;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Template text still present in the frontmatter or the body. */
export function placeholderProblems(data: Record<string, unknown>, body: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  if (typeof data.description === 'string' && squash(data.description) === templatePlaceholders.description) {
    problems.push({ field: 'description', index: 0 });
  }
  const index = body.indexOf(templatePlaceholders.body);
  if (index !== -1) problems.push({ field: 'body', index });
  return problems;
}
