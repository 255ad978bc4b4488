/**
 * Citation cards: a marker's card (rendered hidden at build time by remarkCitations) opens
 * on hover, on keyboard focus and on tap, and closes on Escape, on leaving it or on a tap
 * elsewhere. Without this script a marker is a plain link to its claim on /claims/.
 */
const CLOSE_DELAY_MS = 250;

function setUp(cite: HTMLElement): void {
  const marker = cite.querySelector<HTMLAnchorElement>('a.cite-marker');
  const card = marker?.dataset.card ? document.getElementById(marker.dataset.card) : null;
  if (!marker || !card) return;
  let closeTimer: number | undefined;
  let pinned = false;
  let ignoreFocus = false;
  marker.setAttribute('aria-expanded', 'false');
  marker.setAttribute('aria-controls', card.id);

  const open = (): void => {
    window.clearTimeout(closeTimer);
    if (!card.hidden) return;
    closeOthers(card);
    card.hidden = false;
    marker.setAttribute('aria-expanded', 'true');
    keepOnScreen(card);
  };
  const close = (): void => {
    window.clearTimeout(closeTimer);
    pinned = false;
    card.hidden = true;
    card.style.left = '';
    marker.setAttribute('aria-expanded', 'false');
  };
  const closeSoon = (): void => {
    if (pinned) return;
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, CLOSE_DELAY_MS);
  };

  cite.addEventListener('mouseenter', open);
  cite.addEventListener('mouseleave', closeSoon);
  cite.addEventListener('focusin', () => { if (!ignoreFocus) open(); });
  cite.addEventListener('focusout', (event) => {
    if (!cite.contains(event.relatedTarget as Node | null)) close();
  });
  // A tap (or click) opens and pins the card instead of leaving the page; a second one closes it.
  marker.addEventListener('click', (event) => {
    event.preventDefault();
    if (pinned) close();
    else { open(); pinned = true; }
  });
  cite.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) {
      close();
      // Back to the marker without reopening the card it just closed.
      ignoreFocus = true;
      marker.focus();
      ignoreFocus = false;
    }
  });
  closers.set(card, close);
}

const closers = new Map<HTMLElement, () => void>();

function closeOthers(except: HTMLElement): void {
  for (const [card, close] of closers) if (card !== except && !card.hidden) close();
}

/** Shifts a card left when it would run off the right edge of a narrow screen. */
function keepOnScreen(card: HTMLElement): void {
  const overflow = card.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) card.style.left = `${-overflow}px`;
}

document.addEventListener('click', (event) => {
  const target = event.target as Node;
  for (const [card, close] of closers) if (!card.hidden && !card.parentElement?.contains(target)) close();
});

for (const cite of document.querySelectorAll<HTMLElement>('.cite')) setUp(cite);

// A module, so its top-level names stay its own.
export {};
