/**
 * Ingest: a folder of articles becomes readable Articles, and every file that
 * cannot be read becomes a Warning instead of stopping the run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Source } from '../contracts/facts.ts';
import type { Article, ArticleFormat, Warning } from '../contracts/stages.ts';
import { readFrontmatter } from './frontmatter.ts';
import { htmlToView } from './html.ts';
import { decodeArticleBytes } from './decode.ts';
import { refuseEntry, refuseText } from './limits.ts';
import { looksEnglish } from './language.ts';
import { readSourcesYaml, type EventMeta } from './sourcesYaml.ts';
import { InputError } from '../contracts/errors.ts';

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export interface IngestResult {
  articles: Article[];
  /** The event's own title and description, from sources.yaml. */
  event: EventMeta;
  warnings: Warning[];
}


/** Reads every article in `dir` (not recursive), in file-name order so output never depends on the file system. */
export function ingestFolder(dir: string): IngestResult {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`${dir} is a file, not a folder of articles`, 'Pass the folder that holds the articles.');
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the sources folder ${dir}: it does not exist or is not readable`, 'Check the path; it should be a folder of .txt, .md or .html articles.');
  }
  const warnings: Warning[] = [];
  const articles: Article[] = [];
  const usedIds = new Set<string>();
  // Metadata the user gave in sources.yaml wins over the file's own and over inferred values.
  const given = readSourcesYaml(dir, new Set(names.filter((n) => FORMATS[extname(n).toLowerCase()])));
  warnings.push(...given.warnings);
  for (const name of names.sort(compareNames)) {
    if (name.startsWith('.')) continue; // editor and OS files (.DS_Store, .swp) are never articles
    const path = join(dir, name);
    if (isFolder(path)) {
      warnings.push({ file: `${name}/`, problem: "is a folder: an event's articles are read from its own folder only, not from folders inside it", fix: "Move the articles into this folder, or, for many events, give each event a folder of its own with no articles beside those folders." });
      continue;
    }
    const format = FORMATS[extname(name).toLowerCase()];
    if (isSidecar(name)) continue; // a README.md beside the articles is about them, not one of them
    if (!format) {
      warnings.push({ file: name, problem: 'not an article format, skipped', fix: 'Use .txt, .md or .html.' });
      continue;
    }
    const refused = refuseEntry(dir, name);
    if (refused) {
      warnings.push({ file: name, ...refused });
      continue;
    }
    const article = readArticle(path, name, format, uniqueId(sourceIdFor(name), usedIds), warnings, given.charsets.get(name));
    if (article) articles.push({ ...article, source: { ...article.source, ...given.byFile.get(name) } });
  }
  return { articles, event: given.event, warnings };
}

/** Reads one article file (in `charset` when sources.yaml gives one); returns undefined (with a warning) when it holds nothing usable. */
export function readArticle(path: string, name: string, format: ArticleFormat, id: string, warnings: Warning[], charset?: string): Article | undefined {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return undefined;
    bytes = readFileSync(path);
  } catch {
    warnings.push({ file: name, problem: 'cannot be read', fix: 'Check the file permissions.' });
    return undefined;
  }
  const decoded = decodeArticleBytes(bytes, { charset, html: format === 'html' });
  if (!decoded.ok) {
    warnings.push({ file: name, problem: decoded.problem, fix: decoded.fix });
    return undefined;
  }
  const fileText = decoded.text;
  if (fileText.trim() === '') {
    warnings.push({ file: name, problem: 'is empty, skipped', fix: 'Add the article text or remove the file.' });
    return undefined;
  }
  const source: Source = { id, file: name };
  if (format === 'html') {
    const page = htmlToView(fileText);
    Object.assign(source, page.meta);
    return admitted({ source, format, fileText, view: page.view, bodyStart: 0, toFile: page.toFile, setAside: page.setAside }, warnings);
  }
  let bodyStart = 0;
  if (format === 'md') {
    const fm = readFrontmatter(fileText);
    if (fm.problem) warnings.push({ file: name, problem: fm.problem, fix: 'Fix the YAML between the --- lines; the article was read without the metadata that could not be used.' });
    Object.assign(source, fm.meta);
    bodyStart = fm.bodyStart;
  }
  return admitted({ source, format, fileText, view: fileText, bodyStart, toFile: identity }, warnings);
}

/** The last checks on a decoded article: too long to be one is skipped; not English is used with a warning. */
function admitted(article: Article, warnings: Warning[]): Article | undefined {
  const file = article.source.file;
  const refused = refuseText(article.view);
  if (refused) {
    warnings.push({ file, ...refused });
    return undefined;
  }
  if (!looksEnglish(article.view.slice(article.bodyStart))) {
    warnings.push({ file, problem: 'does not look like English; it is used, but Corroborate reads English news, so few facts may come from it', fix: 'Use an English version of the article if there is one.' });
  }
  return article;
}

const identity = (start: number, end: number): [number, number] => [start, end];

/** A URL-safe id from a file name: "Reuters Report (1).txt" -> "reuters-report-1". */
export function sourceIdFor(fileName: string): string {
  const stem = basename(fileName, extname(fileName));
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'source';
}

/** `id`, or `id-2`, `id-3`... when already used; records the one returned. */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** Files that may sit beside articles without being one (metadata, notes). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // unreadable: readArticle says so
  }
}

function isSidecar(name: string): boolean {
  return /^(readme|license|licence|sources)\b/i.test(name) || /\.(ya?ml|json)$/i.test(name);
}

/** Plain code-unit order: locale-independent, so every machine reads files in the same order. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
