/**
 * The live preview's review actions, loaded only by `corroborate dev` (site/layouts/Base.astro
 * adds it when the preview's review session is on; a built site never has it). Each claim on the
 * claims page and each cited sentence of the explainer gets buttons that write a correction to
 * corrections.yaml through the preview (scripts/cli/review.ts); the preview then extracts the
 * facts again and the page reloads.
 */
const meta = document.querySelector<HTMLMetaElement>('meta[name="corroborate-review"]');
const token = meta?.content;
const event = meta?.dataset.event || undefined;

type Action = 'hide' | 'unattributed' | 'speaker' | 'merge' | 'not-a-conflict';

const status = document.createElement('p');
status.className = 'review-status';
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
status.hidden = true; // shown with the first message
status.style.cssText = 'position:fixed;bottom:0.5rem;right:0.5rem;margin:0;padding:0.25rem 0.5rem;background:#fff7d6;color:#222;font-size:0.8rem;z-index:10';

async function send(claim: string, action: Action, extra: Record<string, string> = {}): Promise<void> {
  status.hidden = false;
  status.textContent = 'Saving the correction…';
  const response = await fetch('/__corroborate/review', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, event, claim, action, ...extra }),
  });
  const reply = (await response.json().catch(() => ({}))) as { error?: string; line?: number };
  status.textContent = response.ok ? `Written to corrections.yaml (line ${reply.line}); the page reloads with the facts extracted again.` : `Not saved: ${reply.error ?? response.statusText}`;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.className = 'review-action';
  b.style.cssText = 'font-size:0.75rem;border:1px solid currentColor;border-radius:0.25rem;padding:0 0.35rem;margin:0 0.25rem 0 0;background:transparent;color:inherit';
  b.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClick();
  });
  return b;
}

/** The actions of one claim, as a small group placed after `anchor`. */
function actionsFor(claim: string, options: { quote: boolean; contested: boolean }): HTMLElement {
  const group = document.createElement('span');
  group.className = 'review-actions';
  group.setAttribute('data-pagefind-ignore', '');
  group.setAttribute('aria-label', `Review claim ${claim}`);
  group.append(button('Hide', () => void send(claim, 'hide')));
  if (options.quote) {
    group.append(button('Speaker…', () => {
      const name = window.prompt('Who said this? (full name)');
      if (!name) return;
      const role = window.prompt('Their role (optional)') ?? '';
      void send(claim, 'speaker', role ? { name, role } : { name });
    }));
    group.append(button('No speaker', () => void send(claim, 'unattributed')));
  }
  group.append(button('Merge with…', () => {
    const other = window.prompt('The id of the claim that states the same fact (from the claims page)');
    if (other) void send(claim, 'merge', { with: other.trim() });
  }));
  if (options.contested) group.append(button('Not a disagreement', () => void send(claim, 'not-a-conflict')));
  return group;
}

if (token) {
  document.body.append(status);
  for (const item of document.querySelectorAll<HTMLElement>('li.claim-item[id]')) {
    item.append(actionsFor(item.id, { quote: item.dataset.kind === 'quote', contested: item.dataset.contested === '1' }));
  }
  for (const cite of document.querySelectorAll<HTMLElement>('span.cite[data-claim]')) {
    cite.after(actionsFor(cite.dataset.claim!, { quote: cite.dataset.claim!.startsWith('quote-'), contested: cite.closest('.conflict') !== null }));
  }
}

export {};
