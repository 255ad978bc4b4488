/**
 * Chart tooltips: the charts are complete SVG without this script (their data tables hold
 * every figure); it only shows a mark's `data-tip` beside the pointer.
 */
const tip = document.createElement('div');
tip.className = 'chart-tooltip';
tip.hidden = true;
tip.setAttribute('aria-hidden', 'true');
document.body.append(tip);

for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
  svg.addEventListener('pointermove', (event) => {
    const mark = (event.target as Element).closest<SVGElement>('[data-tip]');
    if (!mark || !svg.contains(mark)) { tip.hidden = true; return; }
    tip.textContent = mark.dataset.tip ?? '';
    tip.hidden = false;
    const x = Math.min(event.pageX + 12, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(x, window.scrollX + 4)}px`;
    tip.style.top = `${event.pageY + 14}px`;
  });
  svg.addEventListener('pointerleave', () => { tip.hidden = true; });
}

// A module, so its top-level names stay its own.
export {};
