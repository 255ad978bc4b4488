/**
 * Decoding by declared charset (scripts/ingest/decode.ts): a web page saved in a legacy charset
 * is read in the charset its markup or sources.yaml declares, strictly, and offsets are into
 * that decoded text; files valid as UTF-8 read exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeArticleBytes, metaCharset } from '../scripts/ingest/decode.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { readSourcesYaml } from '../scripts/ingest/sourcesYaml.ts';

const latin = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80 })[c] ?? c.charCodeAt(0)));
const page = (head: string, body: string): Uint8Array => new Uint8Array([...latin(`<html><head>${head}</head><body><p>`), ...latin(body), ...latin('</p></body></html>')]);
const BODY = 'The caf\u00e9 said it was \u201cfull\u201d.';

describe('decodeArticleBytes with declared charsets', () => {
  it('reads a page in the charset of its <meta charset> or http-equiv declaration', () => {
    for (const head of ['<meta charset="windows-1252">', "<meta charset='iso-8859-1'>", '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">']) {
      const decoded = decodeArticleBytes(page(head, BODY), { html: true });
      expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
      expect(decoded.ok && decoded.text).toContain(BODY);
    }
  });

  it('reads a file in the charset sources.yaml gives (the server\'s header), first', () => {
    const bytes = page('<meta charset="iso-8859-2">', BODY);
    expect(decodeArticleBytes(bytes, { charset: 'windows-1252', html: true })).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decodeArticleBytes(bytes, { charset: 'no-such-charset' })).toMatchObject({ ok: false, problem: expect.stringMatching(/sources\.yaml gives charset no-such-charset, which is not a known character encoding/) });
  });

  it('keeps UTF-8 when the bytes are valid UTF-8, whatever is declared, and stays strict', () => {
    const utf8 = new TextEncoder().encode(`<html><head><meta charset="windows-1252"></head><body>${BODY}</body></html>`);
    expect(decodeArticleBytes(utf8, { html: true, charset: 'windows-1252' })).toMatchObject({ ok: true, encoding: 'utf-8' });
    // A declaration only counts in a web page; a .txt in Latin-1 is still refused.
    expect(decodeArticleBytes(page('<meta charset="windows-1252">', BODY))).toMatchObject({ ok: false, problem: 'is not valid UTF-8, skipped' });
    // Shift_JIS bytes that are not valid Shift_JIS: refused, never replaced.
    expect(decodeArticleBytes(new Uint8Array([...latin('<meta charset="shift_jis">'), 0x81, 0xff]), { html: true })).toMatchObject({ ok: false, problem: expect.stringMatching(/declares charset shift_jis, but its bytes are not valid shift_jis/) });
  });

  it('finds the declaration as the HTML prescan does: first 1024 bytes, not in comments, UTF-16 read as UTF-8', () => {
    expect(metaCharset(latin('<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
    expect(metaCharset(latin(`${' '.repeat(1100)}<meta charset="iso-8859-2">`))).toBeUndefined();
    expect(metaCharset(latin('<meta name="description" content="charset=koi8-r is a word">'))).toBeUndefined();
    expect(metaCharset(latin('<meta charset="utf-16">'))).toBe('utf-8');
  });
});

describe('ingest honours the declared charset', () => {
  it('reads a header-declared windows-1252 page through sources.yaml, with no warning for the fetch fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-charset-'));
    const body = `${BODY} Harbour traders said 30 shops stayed shut for two days after the fire.`;
    writeFileSync(join(dir, 'page.html'), page('<title>Traders count the cost</title>', body));
    writeFileSync(join(dir, 'sources.yaml'), 'page.html:\n  url: http://127.0.0.1/page\n  final_url: http://127.0.0.1/page\n  fetched: 2031-05-15T08:00:00.000Z\n  canonical: http://127.0.0.1/page\n  charset: windows-1252\n');
    const { articles, warnings } = ingestFolder(dir);
    expect(warnings.filter((w) => w.file !== 'page.html' || !/English/.test(w.problem))).toEqual([]);
    const article = articles[0]!;
    expect(article.view).toContain(BODY);
    const at = article.view.indexOf('\u201cfull\u201d');
    const [start, end] = article.toFile(at, at + 6);
    expect(article.fileText.slice(start, end)).toBe('\u201cfull\u201d');
    expect(readSourcesYaml(dir, new Set(['page.html'])).charsets.get('page.html')).toBe('windows-1252');
  });
});
