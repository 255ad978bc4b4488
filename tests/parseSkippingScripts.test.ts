/**
 * parse5 with long script and style contents cut out (parseSkippingScripts.ts) gives the tree of
 * the whole page, with every location mapped back to the page: on random markup full of traps
 * (a "<script" in a comment, an attribute, a textarea, noscript or SVG; "<!--" inside a script;
 * unclosed tags), compared node by node with parse5 over the whole page.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { parseSkippingScripts } from '../scripts/ingest/parseSkippingScripts.ts';

const js = (n: number): string => 'for (var i = 0; i < n.length; i++) { if (a <= 0 && s === "<script") x(i); }\n'.repeat(n);
const css = (n: number): string => 'p > a { color: red; } /* </p> */\n'.repeat(n);

/** Tag names and, outside script and style, text with its place in the page and the page's markup there, in tree order. */
function nodes(document: T.Document, page: string, toPage: (o: number, end: boolean) => number): string[] {
  const out: string[] = [];
  const visit = (node: T.ParentNode, raw: boolean): void => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if (raw) continue;
        const loc = (child as T.TextNode).sourceCodeLocation!;
        const [from, to] = [toPage(loc.startOffset, false), toPage(loc.endOffset, true)];
        out.push(`${JSON.stringify((child as T.TextNode).value)} @${from}-${to} ${JSON.stringify(page.slice(from, to))}`);
      } else if ('tagName' in child) {
        out.push(`<${child.tagName} ${child.namespaceURI}>`);
        visit((child as Partial<T.Template>).content ?? child, raw || child.tagName === 'script' || child.tagName === 'style');
      }
    }
  };
  visit(document, false);
  return out;
}

describe('parseSkippingScripts', () => {
  it('cuts a long script with "<" and "<script" in it, and maps text after it back to the page', () => {
    const page = `<html><head><script>${js(40)}</script></head><body><p>After &amp; all</p></body></html>`;
    const parsed = parseSkippingScripts(page);
    expect(parsed.html.length).toBeLessThan(page.length - 2000);
    expect(nodes(parsed.document, page, parsed.toPage)).toEqual(nodes(parse(page, { sourceCodeLocationInfo: true }), page, (o) => o));
  });

  it('parses the whole page when a cut would not be a script (a "<script>" inside a comment)', () => {
    const page = `<body><!-- <script> ${js(40)} </script> --><p>Shown</p></body>`;
    expect(parseSkippingScripts(page).html).toBe(page);
  });

  it('gives the whole page\'s tree on random markup', () => {
    const pieces = fc.constantFrom(
      '<p>', '</p>', 'text &amp; more', ' ', '<div class="a">', '</div>', '<b>', '</b>',
      `<script>${js(30)}</script>`, `<style>${css(80)}</style>`, `<script type="application/ld+json">{"a":"${'x'.repeat(2500)}"}</script>`,
      `<script>var s = "<!--"; ${js(30)}</script>`, `<script>${js(30)}`, `<style>${css(80)}`,
      '<!-- <script> -->', '<!--', '-->', '<a title="<script>">', '<textarea>', '</textarea>', '<noscript>', '</noscript>',
      '<svg>', '</svg>', '<template>', '</template>', '<title>', '</title>', '"', "'", '<', '>', '</script>', '</style>', '<table>', '<tr><td>cell', '\r\n',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
      const page = parts.join('');
      const parsed = parseSkippingScripts(page);
      expect(nodes(parsed.document, page, parsed.toPage)).toEqual(nodes(parse(page, { sourceCodeLocationInfo: true }), page, (o) => o));
    }), { numRuns: 300 });
  });
});
