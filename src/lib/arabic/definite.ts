// The definite form of a section name («سياسة» → «السياسة») for phrases such as «أخبار السياسة».
// A category file can give its own forms; this is the default for one-word names.

const article = /^(ال|آل)/;

/** «سياسة» → «السياسة»; a name that already has the article, or has several words, is kept as written. */
export function definiteForm(name: string): string {
  const trimmed = name.trim();
  if (article.test(trimmed) || /\s/.test(trimmed)) return trimmed;
  return `ال${trimmed}`;
}
