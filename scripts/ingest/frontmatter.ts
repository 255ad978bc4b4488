/** Reads YAML frontmatter from a Markdown article into source metadata. */
import { yaml } from '../text/onDemand.ts';
import type { Source } from '../contracts/facts.ts';

export type ArticleMeta = Pick<Source, 'title' | 'publisher' | 'author' | 'url' | 'published'>;

export interface FrontmatterResult {
  meta: ArticleMeta;
  /** Offset where the body starts (0 when there is no frontmatter). */
  bodyStart: number;
  /** Why the frontmatter was ignored, if it was. */
  problem?: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Alternative keys people use for the same field ("source: Reuters", "date: 2022-02-02"). */
const KEYS: Record<keyof ArticleMeta, string[]> = {
  title: ['title', 'headline'],
  publisher: ['publisher', 'outlet', 'source', 'site', 'publication'],
  author: ['author', 'byline', 'authors'],
  url: ['url', 'link', 'canonical'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'pubDate'],
};

export function readFrontmatter(text: string): FrontmatterResult {
  const match = FENCE.exec(text);
  if (!match) return { meta: {}, bodyStart: 0 };
  const bodyStart = match[0].length;
  let data: unknown;
  try {
    data = yaml().parse(match[1] ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable YAML';
    return { meta: {}, bodyStart, problem: `frontmatter is not valid YAML (${reason})` };
  }
  if (data === null || data === undefined) return { meta: {}, bodyStart };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { meta: {}, bodyStart, problem: 'frontmatter is not a set of key: value pairs' };
  }
  const { meta, wrongTypes } = metaFromRecord(data as Record<string, unknown>);
  const problem = wrongTypes.length ? `frontmatter field${wrongTypes.length > 1 ? 's' : ''} ${wrongTypes.join(', ')} should be text` : undefined;
  return problem ? { meta, bodyStart, problem } : { meta, bodyStart };
}

/** Article metadata from a YAML mapping (frontmatter or a sources.yaml entry); `wrongTypes` lists keys whose value is not text. */
export function metaFromRecord(record: Record<string, unknown>): { meta: ArticleMeta; wrongTypes: string[]; unknownKeys: string[] } {
  const meta: ArticleMeta = {};
  const wrongTypes: string[] = [];
  for (const [field, keys] of Object.entries(KEYS) as [keyof ArticleMeta, string[]][]) {
    const key = keys.find((k) => record[k] !== undefined && record[k] !== null);
    if (!key) continue;
    const value = asText(record[key]);
    if (value === undefined) wrongTypes.push(key);
    else meta[field] = value;
  }
  const known = new Set(Object.values(KEYS).flat());
  return { meta, wrongTypes, unknownKeys: Object.keys(record).filter((k) => !known.has(k)) };
}

/** Text, numbers and dates become strings (YAML turns "2022-02-02" into a Date); lists of names are joined. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return undefined;
}
