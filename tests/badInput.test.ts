/**
 * The bad-input corpus (tests/fixtures/bad/, see its README): each input's defined behaviour.
 * Every case puts the bad input beside a good article and checks that the good one is still
 * used, that the bad one is used or skipped with a warning naming it and the reason, and that
 * every evidence quote of what was used matches its file at its offsets.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type PipelineResult } from '../scripts/pipeline.ts';
import { verifyFacts } from '../scripts/build/verify.ts';
import { decodeArticleBytes } from '../scripts/ingest/decode.ts';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from '../scripts/ingest/limits.ts';
import { corroborate, ROOT } from './support/cli.ts';

const BAD = join(ROOT, 'tests/fixtures/bad');
const work = mkdtempSync(join(tmpdir(), 'corroborate-bad-'));
let folders = 0;

/** A fresh folder holding good.txt plus `files` (a fixture name to copy, or content to write). */
function folderWith(files: Record<string, { fixture: string } | string | Uint8Array>, withGood = true): string {
  const dir = join(work, `case-${++folders}`);
  mkdirSync(dir);
  if (withGood) copyFileSync(join(BAD, 'good.txt'), join(dir, 'good.txt'));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'object' && 'fixture' in content) copyFileSync(join(BAD, content.fixture), join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the pipeline on `dir` and checks what holds for every case: the good article is used and all evidence verifies. */
function run(dir: string): PipelineResult & { used: string[] } {
  const result = runPipeline(dir);
  const used = result.facts.sources.map((s) => s.file);
  expect(used).toContain('good.txt');
  expect(result.facts.claims.some((c) => c.evidence.some((e) => e.source === 'good'))).toBe(true);
  expect(verifyFacts(result.facts, dir)).toEqual([]);
  return { ...result, used };
}

const warningFor = (result: PipelineResult, file: string) => result.warnings.filter((w) => w.file === file);

describe('files that are skipped with a warning naming them and the reason', () => {
  it.each([
    ['empty.txt', 'empty.txt', /empty/],
    ['whitespace-only.txt', 'whitespace-only.txt', /empty/],
    ['an image saved as .txt', 'scanned-page.txt', /binary/],
    ['an image with its own extension', 'photo.png', /not an article format/],
    ['Latin-1 bytes (invalid UTF-8)', 'latin1.txt', /not valid UTF-8/],
  ])('%s', (_, fixture, reason) => {
    const result = run(folderWith({ [fixture]: { fixture } }));
    expect(result.used).toEqual(['good.txt']);
    const warnings = warningFor(result, fixture);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.problem).toMatch(reason);
    expect(warnings[0]!.fix).toBeTruthy();
  });

  it('a file larger than the article limit is skipped without being read (20 MB generated here)', () => {
    const dir = folderWith({});
    const line = 'Officials said 1,200 people were moved from the district overnight.\n';
    writeFileSync(join(dir, 'huge.txt'), line.repeat(Math.ceil(20_000_000 / line.length)));
    expect(20_000_000).toBeGreaterThan(MAX_FILE_BYTES);
    const result = run(dir);
    expect(result.used).toEqual(['good.txt']);
    expect(warningFor(result, 'huge.txt')[0]!.problem).toMatch(/MB, more than the 5\.0 MB/);
  });

  it('an HTML page under the file limit whose text passes the text limit is skipped', () => {
    const dir = folderWith({});
    const paragraph = '<p>Officials in the valley said more families left on each new day of the flood.</p>\n';
    writeFileSync(join(dir, 'dump.html'), `<html><body>${paragraph.repeat(Math.ceil(MAX_TEXT_CHARS / 70))}</body></html>`);
    const result = run(dir);
    expect(result.used).toEqual(['good.txt']);
    expect(warningFor(result, 'dump.html')[0]!.problem).toMatch(/characters of text, more than the 500,000/);
  });

  it('a symbolic link to a file outside the folder is skipped (its text never reaches the site)', () => {
    const outside = join(work, 'private-notes.txt');
    writeFileSync(outside, 'The secret budget is 9,999,999 dollars, the treasurer said.');
    const dir = folderWith({});
    symlinkSync(outside, join(dir, 'linked.txt'));
    symlinkSync('../private-notes.txt', join(dir, 'relative-link.txt'));
    const result = run(dir);
    expect(result.used).toEqual(['good.txt']);
    for (const file of ['linked.txt', 'relative-link.txt']) expect(warningFor(result, file)[0]!.problem).toMatch(/symbolic link to a file outside/);
    expect(JSON.stringify(result.facts)).not.toContain('9,999,999');
  });

  it('a symbolic link inside the folder is read like the file it points to; a broken one is skipped', () => {
    const dir = folderWith({ 'real.txt': { fixture: 'no-numbers.txt' } });
    symlinkSync('real.txt', join(dir, 'alias.txt'));
    symlinkSync('missing.txt', join(dir, 'broken.txt'));
    const result = run(dir);
    expect(result.used).toEqual(['alias.txt', 'good.txt', 'real.txt']);
    expect(warningFor(result, 'broken.txt')[0]!.problem).toMatch(/cannot be read/);
  });
});

describe('files that are used', () => {
  it('UTF-16 with a byte-order mark is decoded, and offsets are into the decoded text', () => {
    const result = run(folderWith({ 'utf16-bom.txt': { fixture: 'utf16-bom.txt' } }));
    expect(result.used).toContain('utf16-bom.txt');
    expect(warningFor(result, 'utf16-bom.txt')).toEqual([]);
    const evidence = result.facts.claims.flatMap((c) => c.evidence).filter((e) => e.source === 'utf16-bom');
    expect(evidence.map((e) => e.quote).join(' ')).toContain('14 sailings');
  });

  it('UTF-16 big-endian is decoded too, and a UTF-16 file with a broken pair is refused', () => {
    const text = 'Crews said 14 sailings were cancelled.';
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeArticleBytes(be)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
    const lone = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a high surrogate followed by "A"
    expect(decodeArticleBytes(lone)).toMatchObject({ ok: false, problem: expect.stringMatching(/not valid UTF-16/) });
  });

  it('CRLF line endings give the same facts as LF, with offsets into the CRLF text', () => {
    const crlf = readFileSync(join(BAD, 'crlf.txt'), 'utf8');
    expect(crlf).toContain('\r\n');
    const withCrlf = run(folderWith({ 'bridge.txt': crlf }));
    const withLf = run(folderWith({ 'bridge.txt': crlf.replace(/\r\n/g, '\n') }));
    const summary = (r: PipelineResult) => r.facts.claims.map((c) => [c.id, c.text, c.evidence.map((e) => e.quote.replace(/\r\n/g, '\n'))]);
    expect(summary(withCrlf)).toEqual(summary(withLf));
    expect(summary(withCrlf).length).toBeGreaterThan(3);
  });

  it('one 200,000-character line (generated here) is read as sentences, not as one block', () => {
    const sentence = 'The agency said 1,200 people were moved, and officials said more would follow. ';
    const line = sentence.repeat(Math.ceil(200_000 / sentence.length)).slice(0, 200_000);
    const result = run(folderWith({ 'one-line.txt': line }));
    expect(result.used).toContain('one-line.txt');
    const quotes = result.facts.claims.flatMap((c) => c.evidence).filter((e) => e.source === 'one-line');
    expect(quotes.length).toBeGreaterThan(100);
    expect(Math.max(...quotes.map((e) => e.quote.length))).toBeLessThan(200);
  });

  it('HTML with <script>, <iframe> and onerror= keeps only the article text; escaped markup stays text', () => {
    const result = run(folderWith({ 'script-payloads.html': { fixture: 'script-payloads.html' } }));
    const evidence = result.facts.claims.flatMap((c) => c.evidence).filter((e) => e.source === 'script-payloads');
    const texts = result.facts.claims.filter((c) => c.evidence.some((e) => e.source === 'script-payloads')).map((c) => c.text).join('\n');
    expect(texts).toContain('410 pupils');
    expect(texts).not.toMatch(/__pwned|insertAdjacentHTML|alert\('(head|onerror|iframe|link|click)'\)/);
    // Written as &lt;script&gt; in the page, it is article text: kept, and shown as text by the site.
    expect(texts).toContain("<script>alert('escaped')</script>");
    expect(evidence.length).toBeGreaterThan(0);
  });

  it('Markdown with raw HTML and javascript: links is read as plain text, frontmatter included', () => {
    const result = run(folderWith({ 'raw-html.md': { fixture: 'raw-html.md' } }));
    const source = result.facts.sources.find((s) => s.file === 'raw-html.md')!;
    expect(source.title).toBe("Council <script>alert('fm')</script> votes on budget");
    expect(result.facts.claims.some((c) => c.text.includes('52 roads'))).toBe(true);
  });

  it('frontmatter that does not parse: the body is used, the metadata dropped, with a warning', () => {
    const result = run(folderWith({ 'bad-frontmatter.md': { fixture: 'bad-frontmatter.md' } }));
    expect(result.used).toContain('bad-frontmatter.md');
    expect(warningFor(result, 'bad-frontmatter.md')[0]!.problem).toMatch(/not valid YAML/);
    expect(result.facts.sources.find((s) => s.file === 'bad-frontmatter.md')!.publisher).toBeUndefined();
    expect(result.facts.claims.some((c) => c.text.includes('6 branches'))).toBe(true);
  });

  it('frontmatter with wrong types: those fields are dropped with a warning naming them, the rest kept', () => {
    const result = run(folderWith({ 'wrong-types.md': { fixture: 'wrong-types.md' } }));
    expect(warningFor(result, 'wrong-types.md')[0]!.problem).toMatch(/title, publisher should be text/);
    const source = result.facts.sources.find((s) => s.file === 'wrong-types.md')!;
    expect(source).toMatchObject({ author: '42', published: 'yesterday-ish' });
    expect(source.publisher).toBeUndefined();
  });

  it('two identical articles: both are used, the later one (in file-name order) is marked as a copy', () => {
    const result = run(folderWith({ 'twin-a.txt': { fixture: 'twin.txt' }, 'twin-b.txt': { fixture: 'twin.txt' } }));
    expect(result.used).toEqual(['good.txt', 'twin-a.txt', 'twin-b.txt']);
    expect(result.facts.sources.find((s) => s.id === 'twin-b')!.copyOf).toBe('twin-a');
    const figure = result.facts.claims.find((c) => c.id === 'q-60-shops')!;
    expect(figure.evidence.map((e) => e.source)).toEqual(['twin-a', 'twin-b']);
  });

  it('an article with no numbers gives quotes and statements but no figures', () => {
    const result = run(folderWith({ 'no-numbers.txt': { fixture: 'no-numbers.txt' } }));
    const own = result.facts.claims.filter((c) => c.evidence.some((e) => e.source === 'no-numbers'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((c) => c.kind === 'quantity')).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('a non-English article is used, with a warning that few facts may come from it; English ones get none', () => {
    const result = run(folderWith({ 'non-english.txt': { fixture: 'non-english.txt' }, 'twin.txt': { fixture: 'twin.txt' }, 'utf16.txt': { fixture: 'utf16-bom.txt' } }));
    expect(result.used).toContain('non-english.txt');
    expect(result.warnings.map((w) => w.file)).toEqual(['non-english.txt']);
    expect(result.warnings[0]!.problem).toMatch(/does not look like English; it is used/);
  });

  it('odd file names (spaces, Unicode, quotes) are used, with distinct URL-safe ids', () => {
    const names = ['Report "final" (copy).txt', "O'Neil – Überblick.txt", '日本語 記事.txt', '中文.txt'];
    const result = run(folderWith(Object.fromEntries(names.map((n, i) => [n, i % 2 ? { fixture: 'twin.txt' } : { fixture: 'no-numbers.txt' }]))));
    const ids = result.facts.sources.map((s) => s.id);
    expect(result.used.sort()).toEqual([...names, 'good.txt'].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('a folder with one article gives claims from that one source', () => {
    const result = run(folderWith({}));
    expect(result.used).toEqual(['good.txt']);
    expect(result.facts.conflicts).toEqual([]);
  });
});

describe('folders that stop the run with a clear error and a non-zero exit', () => {
  const noStackTrace = /\n\s+at /;

  it('an empty folder', () => {
    const dir = folderWith({}, false);
    const run = corroborate('extract', dir, '--out', join(work, 'empty-out'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no readable articles in ${dir}`);
    expect(run.stderr).toMatch(/fix: Add \.txt, \.md or \.html/);
    expect(run.stderr).not.toMatch(noStackTrace);
  });

  it('a missing folder', () => {
    const run = corroborate('extract', join(work, 'no-such-folder'), '--out', join(work, 'missing-out'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(work, 'no-such-folder'));
    expect(run.stderr).not.toMatch(noStackTrace);
  });

  it('a folder of only bad files names each of them', () => {
    const dir = folderWith({ 'empty.txt': '', 'latin1.txt': { fixture: 'latin1.txt' }, 'photo.png': { fixture: 'photo.png' } }, false);
    const run = corroborate('extract', dir, '--out', join(work, 'only-bad-out'));
    expect(run.status).toBe(1);
    for (const file of ['empty.txt', 'latin1.txt', 'photo.png']) expect(run.stderr).toContain(`${file}:`);
    expect(run.stderr).not.toMatch(noStackTrace);
  });
});

describe('the whole corpus at once, through the command line', () => {
  it('extracts what is usable, warns about the rest, and verify passes', () => {
    const out = join(work, 'corpus-out');
    const run = corroborate('extract', BAD, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    for (const file of ['empty.txt', 'whitespace-only.txt', 'scanned-page.txt', 'photo.png', 'latin1.txt', 'bad-frontmatter.md', 'wrong-types.md', 'non-english.txt']) {
      expect(run.stderr).toContain(`warning: ${file}: `);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const facts = JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8'));
    expect(facts.sources.map((s: { file: string }) => s.file)).toEqual([
      'bad-frontmatter.md', 'crlf.txt', 'good.txt', 'no-numbers.txt', 'non-english.txt', 'raw-html.md', 'script-payloads.html', 'twin.txt', 'utf16-bom.txt', 'wrong-types.md',
    ]);
    expect(corroborate('verify', out).status).toBe(0);
  });
});
