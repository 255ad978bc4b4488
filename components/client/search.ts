/**
 * The search page: loads Pagefind's index from <base>pagefind/ (a file of the site, so the
 * Content-Security-Policy allows it) and lists matching pages with their excerpts, each under the
 * name of its event on a site of many events. Results follow the words as they are typed; without
 * JavaScript the form is a plain GET to this page, which then says where to look instead.
 */
interface PagefindResult { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; event?: string; source?: string } }> }
interface Pagefind {
  options: (o: { baseUrl: string }) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
const base = form?.dataset.base ?? '/';
let pagefind: Promise<Pagefind> | undefined;
/** Typing pauses this long (ms) before a search: one search per word, not per key. */
const TYPING_PAUSE = 150;
/** Only the latest search may write the list: an earlier, slower one must not overwrite it. */
let latest = 0;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark>: keep its text and marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

async function run(query: string): Promise<void> {
  if (!status || !list) return;
  const mine = ++latest;
  if (!query.trim()) { list.replaceChildren(); status.textContent = 'Type a word or a name to search.'; return; }
  status.textContent = 'Searching…';
  const results = await Promise.all((await (await load()).search(query)).results.slice(0, 20).map((r) => r.data()));
  if (mine !== latest) return;
  list.replaceChildren();
  status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    // Where the page belongs: its event (on a site of many), and which source it is ("[3] CNN").
    // A source page titled by its label ("Source 4", or "AP" for "[2] AP": no headline) is not named twice.
    const source = result.meta.source?.replace(/^\[\d+\]\s*/, '') === result.meta.title ? undefined : result.meta.source;
    const where = [result.meta.event, source].filter(Boolean).join(' · ');
    if (where) {
      const line = document.createElement('p');
      line.className = 'search-where text-xs text-muted';
      line.textContent = where;
      item.append(line);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'text-sm';
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
}

if (form && input) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  const search = () => {
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(search, TYPING_PAUSE);
  });
  void run(query);
}

// A module, so its top-level names stay its own.
export {};
