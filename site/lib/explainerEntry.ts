/**
 * One event's explainer, the Markdown the pipeline writes (explainer.md: frontmatter, then the
 * text with its citation directives), read and rendered by the pages themselves at build time.
 *
 * Why not an Astro content collection, as it was until issue 22: the content layer cost about
 * 1 s of a one-event build's 3.4 s (its sync loads the collection's config through a Vite server
 * of its own before the build starts), for a single file per event that the pipeline has
 * already checked. The steps of Astro's Markdown processor with the same settings
 * (explainerMarkdown.ts) give the same HTML (tests/explainerMarkdown.test.ts), and the built
 * site is byte-identical to the one the collection built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
// Astro's own frontmatter reader (what @astrojs/markdown-remark hands on), without that package's processor.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { eventDataDir } from './dataDir.ts';
import { explainerRenderer, type ExplainerRenderer } from './explainerMarkdown.ts';
import { siteBase } from '../../scripts/contracts/environment.ts';

/** The explainer's frontmatter, as compose writes it (scripts/compose/compose.ts). */
export const ExplainerFrontmatterSchema = z.object({
  /** Headline for the event. */
  title: z.string(),
  /** One-sentence summary, used for meta description. */
  description: z.string(),
  /** Number of sources the facts came from. */
  sources: z.number().int(),
  /** Number of claims in facts.json. */
  claims: z.number().int(),
});
export type ExplainerFrontmatter = z.infer<typeof ExplainerFrontmatterSchema>;

export interface ExplainerEntry {
  /** The explainer.md file read. */
  file: string;
  /** Its checked frontmatter. */
  data: ExplainerFrontmatter;
  /** The Markdown after the frontmatter, trimmed (as Astro's content layer handed it to the processor). */
  body: string;
}

// Per event ('' for a single event), for the life of the module: a build reads each file once;
// the live preview evaluates the site's modules again after each extraction (scripts/cli/hotUpdate.ts).
const entries = new Map<string, ExplainerEntry>();
const rendered = new Map<string, Promise<string>>();
let renderer: ExplainerRenderer | undefined;

/** The explainer of one event (of the only event when `event` is not given); throws a message naming the file and the fix. */
export function explainerEntry(event?: string): ExplainerEntry {
  let entry = entries.get(event ?? '');
  if (!entry) {
    entry = readExplainer(join(eventDataDir(event), 'explainer.md'));
    entries.set(event ?? '', entry);
  }
  return entry;
}

/** The explainer's HTML: its Markdown through the explainer's processor (citation markers, conflicts). */
export function renderExplainer(event?: string): Promise<string> {
  let html = rendered.get(event ?? '');
  if (!html) {
    const { file, body } = explainerEntry(event);
    renderer ??= explainerRenderer(siteBase());
    html = renderer.render(body, { file }).then((result) => result.code);
    rendered.set(event ?? '', html);
  }
  return html;
}

/** Reads and checks one explainer.md. */
export function readExplainer(file: string): ExplainerEntry {
  if (!existsSync(file)) throw new Error(`${file}: explainer.md is missing from the generated data (fix: run \`corroborate extract\` first)`);
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    // Spaces in place of the frontmatter, as Astro's content layer did: the body's lines keep their numbers.
    parsed = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new Error(`${file}${mark ? `:${mark.line + 1}` : ''}: the frontmatter is not valid YAML: ${(error as Error).message} (fix: run \`corroborate extract\` again; the pipeline writes this file)`);
  }
  const checked = ExplainerFrontmatterSchema.safeParse(parsed.frontmatter);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ');
    throw new Error(`${file}: the frontmatter does not fit the explainer's fields (${problems}) (fix: run \`corroborate extract\` again; the pipeline writes this file)`);
  }
  return { file, data: checked.data, body: parsed.content.trim() };
}
