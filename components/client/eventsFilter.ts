/**
 * Filters the home page's list of events as the reader types: an event stays when every word
 * typed is in its title, summary or figures. Without this script the box stays hidden and every
 * event is listed (the header's search still works through the search page).
 */
const form = document.querySelector<HTMLElement>('.events-filter');
const input = form?.querySelector<HTMLInputElement>('input[name="filter"]');
const status = form?.querySelector<HTMLElement>('.events-count');
const items = [...document.querySelectorAll<HTMLElement>('.event-item')];
const texts = items.map((item) => (item.textContent ?? '').toLowerCase());

function apply(): void {
  const words = (input?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  items.forEach((item, i) => {
    const visible = words.every((w) => texts[i]!.includes(w));
    item.hidden = !visible;
    if (visible) shown++;
  });
  if (status) status.textContent = words.length ? `Showing ${shown} of ${items.length} events.` : '';
}

if (form && input) {
  form.hidden = false;
  input.addEventListener('input', apply);
}

export {};
