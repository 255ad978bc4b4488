/**
 * WCAG contrast of the text drawn in charts, measured in the browser. axe's color-contrast rule
 * runs on chart pages too, but it cannot tell what lies behind SVG text: it files every chart label
 * as "incomplete" ("background color could not be determined because element contains an image
 * node"), so white source markers on a pale bar passed it. Here each piece of text (a <text> or
 * each of its <tspan>s) is compared with every shape the browser finds under points spread over
 * its box, and the worst of them counts, as a reader sees the worst part of a label.
 */
import type { Page } from 'playwright-core';

export interface LowContrast {
  text: string;
  ratio: number;
  fill: string;
  background: string;
}

/** Text in `svg.chart-svg` on the page whose contrast with what lies under it is below 4.5:1 (AA for small text). */
export async function lowContrastChartText(page: Page): Promise<LowContrast[]> {
  return page.evaluate(() => {
    const rgb = (css: string): [number, number, number, number] | undefined => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const ratio = (a: number[], b: number[]) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
    // The page's own background behind the chart: the nearest ancestor with an opaque one.
    const pageBackground = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const blend = (top: number[], alpha: number, under: number[]) => top.slice(0, 3).map((v, i) => v * alpha + under[i]! * (1 - alpha));
    const found: Array<{ text: string; ratio: number; fill: string; background: string }> = [];
    for (const svg of document.querySelectorAll('svg.chart-svg')) {
      const base = pageBackground(svg);
      const pieces = [...svg.querySelectorAll('text')].flatMap((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t]));
      for (const piece of pieces) {
        if (!piece.textContent?.trim()) continue;
        const style = getComputedStyle(piece);
        const fill = rgb(style.fill);
        if (!fill) continue;
        // A halo (a stroke of the page's colour painted under the letters) is the text's own background.
        const halo = piece.closest('.chart-halo') ? rgb(getComputedStyle(piece.closest('.chart-halo')!).stroke) : undefined;
        // Only what is on screen can be hit-tested.
        piece.scrollIntoView({ block: 'center', inline: 'center' });
        const box = piece.getBoundingClientRect();
        let worst = Infinity;
        let worstBackground = '';
        for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) for (const fy of [0.35, 0.5, 0.65]) {
          let under = halo ?? base;
          if (!halo) {
            const x = box.left + box.width * fx;
            const y = box.top + box.height * fy;
            // Shapes under the point, topmost first; text and hairlines (grid lines, borders) are not a background.
            const shapes = document.elementsFromPoint(x, y).filter((e) => svg.contains(e) && e !== svg && /^(rect|path|circle|polygon|ellipse)$/.test(e.tagName));
            const layers: Array<[number[], number]> = [];
            for (const shape of shapes) {
              const s = getComputedStyle(shape);
              const c = rgb(s.fill);
              if (!c || c[3] === 0 || s.fill === 'none') continue;
              const alpha = c[3] * Number(s.fillOpacity) * Number(s.opacity);
              layers.push([c, alpha]);
              if (alpha >= 1) break;
            }
            for (const [c, alpha] of layers.reverse()) under = blend(c, alpha, under);
          }
          const r = ratio(fill, under);
          if (r < worst) { worst = r; worstBackground = `rgb(${under.slice(0, 3).map(Math.round).join(', ')})`; }
        }
        if (worst < 4.5) found.push({ text: piece.textContent.trim(), ratio: Math.round(worst * 100) / 100, fill: style.fill, background: worstBackground });
      }
    }
    return found;
  });
}
