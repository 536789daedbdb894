// The search page's client (loaded by SearchBox.astro): results from the Pagefind index in
// <base>/pagefind/ (same origin, loaded on first search). Strings come from the page's
// #search-messages block, so the Arabic dictionary is not shipped to the browser.
import { queryPlan } from '../../lib/search/terms';
import { formatArabicShortDate } from '../../lib/arabic/dates';
import { arabicPluralCategory, formatNumber } from '../../lib/arabic/numbers';
import type { SearchClientMessages } from '../../lib/search/client-messages';
import type { DigitStyle } from '../../lib/arabic/numbers';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

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
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: base });
        await module.init();
        return module;
      },
    ));

  let shown: string | undefined;
  const render = async (query: string) => {
    if (query === shown) return; // typing then Enter: the same search once
    shown = query;
    const run = ++latest;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = m.loading;
    try {
      // The query's plan (src/lib/search/terms.ts): a union of searches, then a fallback if nothing was found.
      const engine = await load();
      const seen = new Set<string>();
      const results: PagefindResult[] = [];
      const collect = async (variant: string) => {
        for (const result of (await engine.search(variant)).results) {
          if (!seen.has(result.id)) {
            seen.add(result.id);
            results.push(result);
          }
        }
      };
      const plan = queryPlan(query);
      for (const variant of plan.searches) await collect(variant);
      if (results.length === 0 && plan.fallback) await collect(plan.fallback);
      const pages = await Promise.all(results.slice(0, 30).map((result) => result.data()));
      if (run !== latest) return;
      status.textContent = pages.length
        ? m.count[arabicPluralCategory(results.length)].replace(
            '{count}',
            formatNumber(results.length, dateOptions.digits),
          )
        : m.noResults.replace('{query}', query);
      for (const page of pages) {
        const item = document.createElement('li');
        item.className = 'rounded-lg bg-paper p-4 shadow-sm';
        const heading = document.createElement('h2');
        heading.className = 'text-lg font-bold';
        const link = document.createElement('a');
        link.href = page.url;
        link.className = 'hover:text-brand hover:underline';
        link.textContent = page.meta.title ?? page.url;
        heading.append(link);
        item.append(heading);
        if (page.meta.description) {
          const description = document.createElement('p');
          description.className = 'mt-1 text-muted';
          description.textContent = page.meta.description;
          item.append(description);
        }
        const date = page.meta.date ? new Date(page.meta.date) : undefined;
        if (date && !Number.isNaN(date.getTime())) {
          const time = document.createElement('time');
          time.dateTime = date.toISOString();
          time.className = 'mt-1 block text-sm text-muted';
          time.textContent = formatArabicShortDate(date, dateOptions);
          item.append(time);
        }
        list.append(item);
      }
    } catch {
      shown = undefined;
      if (run === latest) status.textContent = m.error;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void render(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(input.value), 250);
  });
  const initial = new URL(location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void render(initial);
  }
}
