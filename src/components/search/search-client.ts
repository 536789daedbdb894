// The search page's client (loaded by SearchBox.astro): results from the Pagefind index in
// <base>/pagefind/ (same origin, loaded on the first search), checked and shaped by
// src/lib/search/engine.ts. The query, filters and order live in the address (?q=…&section=…), so a
// search can be shared and the back button returns to it. Strings come from the page's
// #search-messages block, so the Arabic dictionary is not shipped to the browser. Everything shown
// is built with text nodes: nothing an article or a reader wrote is parsed as HTML.
import {
  openSearchIndex,
  type BundleList,
  type PagefindModule,
  type SearchIndex,
} from '../../lib/search/bundles';
import {
  createSearch,
  type Search,
  type SearchPage,
  type SearchResult,
} from '../../lib/search/engine';
import type { TextPart } from '../../lib/search/excerpt';
import { formatArabicShortDate } from '../../lib/arabic/dates';
import { arabicPluralCategory, formatNumber, type DigitStyle } from '../../lib/arabic/numbers';
import type { SearchClientMessages } from '../../lib/search/client-messages';

const root = document.querySelector<HTMLElement>('[data-search]');
const messages = document.getElementById('search-messages');
if (root && messages) {
  const m = JSON.parse(messages.textContent ?? '{}') as SearchClientMessages;
  const base = root.dataset.base ?? '/';
  const dateOptions = {
    digits: (root.dataset.digits ?? 'latn') as DigitStyle,
    timeZone: root.dataset.timeZone ?? 'UTC',
  };
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const fields = ['section', 'year', 'month', 'order'] as const;
  const select = (name: (typeof fields)[number]) =>
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

  // The index's bundles, merged (lib/search/bundles.ts), opened on the first search.
  let pagefind: Promise<SearchIndex> | undefined;
  const load = () =>
    (pagefind ??= openSearchIndex(
      base,
      (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>,
      async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return (await response.json()) as BundleList;
      },
    ));

  /** The form's state as address parameters (empty fields left out). */
  const formParams = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const name of fields) {
      const field = select(name);
      if (field.value && !field.disabled && !(name === 'order' && field.value === 'relevance'))
        params.set(name, field.value);
    }
    return params;
  };
  // A month is searched within a year: without a year the month has no meaning.
  const syncMonth = () => {
    select('month').disabled = !select('year').value;
  };
  const fillForm = (params: URLSearchParams) => {
    input.value = params.get('q') ?? '';
    for (const name of fields) {
      const value = params.get(name) ?? '';
      const field = select(name);
      field.value = [...field.options].some((option) => option.value === value)
        ? value
        : field.options[0]!.value;
    }
    syncMonth();
  };

  const parts = (parent: HTMLElement, textParts: TextPart[]) => {
    for (const part of textParts) {
      if (!part.mark) parent.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        parent.append(mark);
      }
    }
  };
  const item = (result: SearchResult) => {
    const li = document.createElement('li');
    li.className = 'rounded-lg bg-paper p-4 shadow-sm';
    const heading = document.createElement('h2');
    heading.className = 'text-lg font-bold';
    const link = document.createElement('a');
    link.href = result.url;
    link.className = 'hover:text-brand hover:underline';
    parts(link, result.title);
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'mt-1 text-sm text-muted';
    if (result.section) meta.append(result.section);
    if (result.date) {
      if (result.section) meta.append(' · ');
      const time = document.createElement('time');
      time.dateTime = result.date.toISOString();
      time.textContent = formatArabicShortDate(result.date, dateOptions);
      meta.append(time);
    }
    const text = document.createElement('p');
    text.className = 'mt-2';
    parts(text, result.excerpt);
    li.append(heading, meta, text);
    return li;
  };
  const countText = (page: SearchPage) => {
    const phrases = page.exact ? m.count : m.countAbout;
    return phrases[arabicPluralCategory(page.total)].replace(
      '{count}',
      formatNumber(page.total, dateOptions.digits),
    );
  };

  let search: Search | undefined;
  let shownKey: string | undefined;
  let latest = 0;
  const show = async (page: SearchPage, run: number, from: number) => {
    if (run !== latest) return;
    list.append(...page.results.slice(from).map(item));
    more.hidden = !page.more;
    status.textContent = page.results.length
      ? countText(page)
      : m.noResults.replace('{query}', input.value.trim());
  };
  const run = async (params: URLSearchParams) => {
    const key = params.toString();
    if (key === shownKey) return; // typing then Enter: the same search once
    shownKey = key;
    const current = ++latest;
    list.replaceChildren();
    more.hidden = true;
    const query = params.get('q') ?? '';
    if (!query) {
      status.textContent = '';
      search = undefined;
      return;
    }
    status.textContent = m.loading;
    try {
      const year = params.get('year') ?? undefined;
      const month = year && params.get('month') ? `${year}-${params.get('month')}` : undefined;
      search = createSearch(await load(), query, {
        filters: { section: params.get('section') ?? undefined, year, month },
        order: params.get('order') === 'newest' ? 'newest' : 'relevance',
      });
      await show(await search.next(), current, 0);
    } catch {
      shownKey = undefined;
      if (current === latest) status.textContent = m.error;
    }
  };
  /** Runs the form's search; a settled search gets its own history entry, typing replaces it. */
  const submit = (history: 'push' | 'replace') => {
    const params = formParams();
    const url = new URL(location.href);
    url.search = params.toString();
    if (url.href !== location.href)
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(params);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    submit('push');
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => submit('replace'), 300);
  });
  for (const name of fields)
    select(name).addEventListener('change', () => {
      syncMonth();
      submit('push');
    });
  more.addEventListener('click', async () => {
    if (!search) return;
    const current = latest;
    const from = list.children.length;
    more.disabled = true;
    try {
      await show(await search.next(), current, from);
      // Keyboard and screen reader users continue at the first new result.
      list.children[from]?.querySelector('a')?.focus();
    } finally {
      more.disabled = false;
    }
  });
  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(location.search);
    fillForm(params);
    void run(params);
  });
  const initial = new URLSearchParams(location.search);
  fillForm(initial);
  if (initial.get('q')) void run(initial);
}
