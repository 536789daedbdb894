// Strings the search page's script needs, rendered into the page as JSON so the browser never
// downloads the whole Arabic dictionary. Placeholders: {count}, {query}.
import type { Dictionary } from '../../i18n/ar';

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export interface SearchClientMessages {
  loading: string;
  error: string;
  noResults: string;
  count: Record<Intl.LDMLPluralRule, string>;
  countAbout: Record<Intl.LDMLPluralRule, string>;
}

export function searchClientMessages(
  t: Pick<
    Dictionary,
    | 'searchLoading'
    | 'searchError'
    | 'searchNoResults'
    | 'searchResultCount'
    | 'searchResultCountAbout'
  >,
): SearchClientMessages {
  const forms = (phrase: Dictionary['searchResultCount']) =>
    Object.fromEntries(
      pluralCategories.map((category) => [category, phrase.form(category, '{count}')]),
    ) as Record<Intl.LDMLPluralRule, string>;
  return {
    loading: t.searchLoading,
    error: t.searchError,
    noResults: t.searchNoResults('{query}'),
    count: forms(t.searchResultCount),
    countAbout: forms(t.searchResultCountAbout),
  };
}
