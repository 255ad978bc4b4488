/** Reading an HtmlView in tests: what the reader kept. */
import type { HtmlView } from '../../scripts/ingest/html.ts';

/** The paragraphs of the view that are not set aside. */
export function keptParagraphs(page: HtmlView): string[] {
  const out: string[] = [];
  let start = 0;
  for (const text of page.view.split('\n\n')) {
    const end = start + text.length;
    if (!page.setAside.some((r) => start >= r.start && end <= r.end)) out.push(text);
    start = end + 2;
  }
  return out;
}
