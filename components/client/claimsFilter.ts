/**
 * Filters /claims/ by kind, source and contested-only, and keeps the choice in the URL
 * (?kind=quote&source=harbour-times&contested=1). Without this script the form stays
 * hidden and every claim is listed.
 */
const form = document.querySelector<HTMLFormElement>('form.claims-filter');
const items = [...document.querySelectorAll<HTMLElement>('.claim-item')];
const status = form?.querySelector<HTMLElement>('.claims-count');

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const kind = String(data.get('kind') ?? '');
  const source = String(data.get('source') ?? '');
  const contested = data.get('contested') === '1';
  let shown = 0;
  for (const item of items) {
    const visible = (!kind || item.dataset.kind === kind)
      && (!source || (item.dataset.sources ?? '').split(' ').includes(source))
      && (!contested || item.dataset.contested === '1');
    item.hidden = !visible;
    if (visible) shown++;
  }
  if (status) status.textContent = `Showing ${shown} of ${items.length} claims.`;
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (source) params.set('source', source);
  if (contested) params.set('contested', '1');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of ['kind', 'source'] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && params.get(name)) select.value = params.get(name)!;
  }
  const box = form.elements.namedItem('contested') as HTMLInputElement | null;
  if (box) box.checked = params.get('contested') === '1';
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  apply();
}

// A module, so its top-level names stay its own.
export {};
