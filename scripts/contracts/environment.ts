/**
 * Every environment variable corroborate reads, read and normalised in one place. Most of them
 * carry a build's settings from the command line to the processes it starts (Astro's build,
 * whose pages and config cannot be handed arguments): the command sets them with
 * `pageEnvironment`, the pages read them here. Read when asked, never at import: the live
 * preview sets them after its modules are loaded.
 *
 * | variable | meaning |
 * | --- | --- |
 * | CORROBORATE_DATA | the generated folder the pages are built from (default content/generated) |
 * | CORROBORATE_BASE | the URL path the site is served under ("/my-repo/") |
 * | CORROBORATE_SITE | the deployed address (https://example.org): absolute sitemap and canonical URLs |
 * | CORROBORATE_PREVIEW | "1" in the live preview: pages leave out the Content-Security-Policy |
 * | CORROBORATE_BUILD_EVENTS | the events one Astro build of a batch renders (comma-separated) |
 * | CORROBORATE_BUILD_SITE_PAGES | "0": this build does not render the site's own pages |
 * | CORROBORATE_EVENTS_PER_BUILD | events per Astro build of a large site (default 30) |
 * | CORROBORATE_CACHE_DIR | where the extraction cache lives unless --cache says (the tests give each run its own) |
 * | CORROBORATE_DEBUG | print an internal error's stack trace |
 * | CORROBORATE_BUILD_TIMINGS | "1": a build prints the moments of its steps on standard error (render/buildTimings.ts, for the bench) |
 * | CORROBORATE_REVIEW_TOKEN, CORROBORATE_REVIEW_SCRIPT | in the live preview with review actions: the session's token and the actions' script |
 */
import { resolve } from 'node:path';

/** A URL path with one leading and one trailing slash: "my-repo" and "/my-repo" become "/my-repo/". */
export function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** The generated folder the pages are built from. */
export function dataDirectory(): string {
  return resolve(process.env.CORROBORATE_DATA ?? 'content/generated');
}

/** The base path the site is built for, with its trailing slash ("/" when not set). */
export function siteBase(): string {
  return normaliseBase(process.env.CORROBORATE_BASE || '/');
}

/** The deployed address, when known. */
export function siteAddress(): string | undefined {
  return process.env.CORROBORATE_SITE || undefined;
}

/** Whether the pages are served by the live preview. */
export function inPreview(): boolean {
  return process.env.CORROBORATE_PREVIEW === '1';
}

/** The events this Astro build renders; undefined when it renders them all (set but empty: none, only the site's own pages). */
export function batchEvents(): ReadonlySet<string> | undefined {
  const list = process.env.CORROBORATE_BUILD_EVENTS;
  return list === undefined ? undefined : new Set(list.split(',').filter(Boolean));
}

/** Whether this Astro build renders the site's own pages (the events' home page and search). */
export function rendersSitePages(): boolean {
  return process.env.CORROBORATE_BUILD_SITE_PAGES !== '0';
}

/** Events per Astro build of a large site. */
export function eventsPerBuild(): number {
  return Number(process.env.CORROBORATE_EVENTS_PER_BUILD) || 30;
}

/** The extraction cache's folder when the environment sets one. */
export function cacheDirectory(): string | undefined {
  return process.env.CORROBORATE_CACHE_DIR || undefined;
}

/** Whether a build prints the moments of its steps (render/buildTimings.ts). */
export function buildTimings(): boolean {
  return process.env.CORROBORATE_BUILD_TIMINGS === '1';
}

/** Whether an internal error prints its stack trace. */
export function debugging(): boolean {
  return Boolean(process.env.CORROBORATE_DEBUG);
}

/** The live preview's review session, when its review actions are on: the token pages send, and the script that adds the actions. */
export function reviewSession(): { token: string; script: string } | undefined {
  const token = process.env.CORROBORATE_REVIEW_TOKEN;
  const script = process.env.CORROBORATE_REVIEW_SCRIPT;
  return inPreview() && token && script ? { token, script } : undefined;
}

/** What one Astro build is told: where its data is, the base, whether it is the preview. */
export interface PageEnvironment {
  data: string;
  base: string;
  preview?: boolean;
}

/** Sets this process's environment for Astro (a build's child process, or the live preview). */
export function setPageEnvironment(page: PageEnvironment): void {
  process.env.CORROBORATE_DATA = resolve(page.data);
  process.env.CORROBORATE_BASE = normaliseBase(page.base);
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  if (page.preview) process.env.CORROBORATE_PREVIEW = '1';
}

/** Which pages one Astro build of a batch renders (read back by batchEvents and rendersSitePages). */
export interface PageSelection {
  /** The events whose pages to render; all of them when not given. */
  events?: readonly string[];
  /** Whether to render the site's own pages (home, search, sitemap) of a many-event site. */
  sitePages?: boolean;
}

/** Sets this process's own page selection (the Astro build's process, once its target is here). */
export function applyPageSelection(selection: PageSelection): void {
  withSelection(process.env, selection);
}

/** The environment of an Astro build's child process: this one's, with the selection its own (never inherited). */
export function batchEnvironment(selection: PageSelection): NodeJS.ProcessEnv {
  return withSelection({ ...process.env }, selection);
}

/** `env` with the selection's variables, and no other selection's. */
function withSelection(env: NodeJS.ProcessEnv, selection: PageSelection): NodeJS.ProcessEnv {
  delete env.CORROBORATE_BUILD_EVENTS;
  delete env.CORROBORATE_BUILD_SITE_PAGES;
  if (selection.events) env.CORROBORATE_BUILD_EVENTS = selection.events.join(',');
  if (selection.sitePages !== undefined) env.CORROBORATE_BUILD_SITE_PAGES = selection.sitePages ? '1' : '0';
  return env;
}
