/**
 * The search page: loads Pagefind's index from <base>pagefind/ (a file of the site, so the
 * Content-Security-Policy allows it) and lists matching pages with their excerpts.
 */
interface PagefindResult { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
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
  list.replaceChildren();
  if (!query.trim()) { status.textContent = 'Type a word or a name to search.'; return; }
  status.textContent = 'Searching…';
  const results = await Promise.all((await (await load()).search(query)).results.slice(0, 20).map((r) => r.data()));
  status.textContent = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
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
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  void run(query);
}

// A module, so its top-level names stay its own.
export {};
