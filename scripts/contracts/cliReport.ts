/**
 * The --json contract: the one object every command prints on stdout with `--json` (and nothing
 * else on stdout). The same shape for every command; the fields a command does not fill are
 * left out. A long-running command (`dev`, `preview`) prints it once, when it is serving.
 * Documented in docs/command-line.md; tests/cliReport.test.ts parses every command's output with it.
 */
import { z } from 'zod';
import { WarningSchema } from './generated.ts';

export const CliErrorSchema = z.strictObject({
  /** What went wrong ("unknown command: biuld (did you mean build?)"). */
  message: z.string(),
  /** What to do about it; for an internal error, how to get the stack trace. */
  fix: z.string().optional(),
  /** One line per item, where there are several (verify: each quote that does not match). */
  details: z.array(z.string()).optional(),
});

export const CliReportSchema = z.strictObject({
  /** The command as typed ("build"), also when it is not a known one; "" when none was given. */
  command: z.string(),
  /** Whether the command did what it was asked (exitCode 0). */
  ok: z.boolean(),
  /** The process's exit code: 0 success, 1 nothing could be built, 2 wrong usage, 3 an internal error. */
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  /** extract, build: the output folder, as given. */
  out: z.string().optional(),
  /** extract, build, dev of one event: articles read. */
  articles: z.number().int().nonnegative().optional(),
  /** extract, build, dev of one event: claims in facts.json. */
  claims: z.number().int().nonnegative().optional(),
  /** extract, build, dev of one event: disagreements between sources. */
  conflicts: z.number().int().nonnegative().optional(),
  /** extract, build, dev of one event: each article's source id and file name. */
  sources: z.array(z.strictObject({ id: z.string(), file: z.string() })).optional(),
  /** extract, build, dev of a folder of events: how many events. */
  events: z.number().int().nonnegative().optional(),
  /** extract, build, dev of a folder of events: how many of them came unchanged from the cache. */
  cached: z.number().int().nonnegative().optional(),
  /** verify: evidence quotes checked. */
  quotes: z.number().int().nonnegative().optional(),
  /** verify: each evidence quote that is not its file's text at its offsets. */
  mismatches: z.array(z.strictObject({ claim: z.string(), source: z.string(), file: z.string(), problem: z.string() })).optional(),
  /** dev, preview: the address it serves ("http://127.0.0.1:4321/my-repo/"). */
  url: z.string().url().optional(),
  /** dev, preview: the base path served ("/" or "/my-repo/"). */
  base: z.string().startsWith('/').optional(),
  /** preview: the site folder served, as given. */
  siteDir: z.string().optional(),
  /** add: the sources folder the pages were saved into, as given. */
  to: z.string().optional(),
  /** add: each page saved, with its file and the URL after redirects. */
  saved: z.array(z.strictObject({ url: z.string(), file: z.string(), finalUrl: z.string() })).optional(),
  /** add: each page the folder already held (not fetched again without --refresh). */
  present: z.array(z.strictObject({ url: z.string(), file: z.string() })).optional(),
  /** add: each URL that could not be saved, with why. */
  failed: z.array(z.strictObject({ url: z.string(), problem: z.string() })).optional(),
  /** Problems that did not stop the command: a skipped file, a misnamed config file. Always present. */
  warnings: z.array(WarningSchema),
  /** Why the command failed; present exactly when `ok` is false. */
  error: CliErrorSchema.optional(),
  /** Time from start to this report, in seconds. */
  seconds: z.number().nonnegative(),
}).refine((report) => report.ok === (report.exitCode === 0) && report.ok === !report.error, 'ok is true exactly when exitCode is 0 and there is no error');

export type CliReport = z.infer<typeof CliReportSchema>;
