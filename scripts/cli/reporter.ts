/**
 * What the command line tells the user while it works and when it is done: progress
 * (one rewritten line on a terminal, plain lines in CI or a pipe), warnings as
 * `file:line: problem (fix)`, a summary of skipped files, and with --json a single
 * machine-readable object on stdout instead of all of that (its shape: contracts/cliReport.ts).
 */
import type { Warning } from '../contracts/stages.ts';

export interface ReporterOptions {
  quiet?: boolean;
  json?: boolean;
  /** Defaults to process.stderr: progress and warnings never mix with --json output on stdout. */
  stream?: NodeJS.WriteStream;
  /** The environment, read for CI. */
  env?: NodeJS.ProcessEnv;
}

/** The outcome of a command, printed once at the end. */
export interface Outcome {
  code: number;
  /** One human sentence ("site for 5 articles (80 claims) built in dist"). */
  summary?: string;
  /** Machine-readable figures for --json. */
  data?: Record<string, unknown>;
  warnings?: Warning[];
  /** Article files whose facts were used: a warning about any other article file means it was skipped. */
  usedFiles?: string[];
  error?: { message: string; fix?: string; details?: string[] };
  /** Already printed (a server's --json report, printed when it started serving): finish prints nothing. */
  reported?: boolean;
}

export interface Reporter {
  /** A stage has started or finished: "extract: clean+segment (0.2 s)". */
  progress(message: string): void;
  /** Prints the outcome (or the JSON object) and returns its exit code. */
  finish(command: string, outcome: Outcome): number;
}

export function createReporter(options: ReporterOptions = {}): Reporter {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  // A terminal gets one line rewritten in place; CI logs and pipes get one line per step.
  const live = Boolean(stream.isTTY) && !env.CI;
  const started = performance.now();
  let lineOpen = false;
  const clearLine = (): void => {
    if (lineOpen) stream.write('\r\x1b[2K');
    lineOpen = false;
  };
  return {
    progress(message) {
      if (options.quiet || options.json) return;
      const text = `${message} [${seconds(performance.now() - started)}]`;
      if (live) {
        stream.write(`\r\x1b[2K${text}`);
        lineOpen = true;
      } else stream.write(`${text}\n`);
    },
    finish(command, outcome) {
      clearLine();
      if (outcome.reported) return outcome.code;
      const warnings = outcome.warnings ?? [];
      if (options.json) {
        const body = { command, ok: outcome.code === 0, exitCode: outcome.code, ...outcome.data, warnings, ...(outcome.error ? { error: outcome.error } : {}), seconds: Number(seconds(performance.now() - started, false)) };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return outcome.code;
      }
      if (!options.quiet) for (const line of warningLines(warnings, outcome.usedFiles && new Set(outcome.usedFiles))) stream.write(`${line}\n`);
      if (outcome.error) {
        for (const detail of outcome.error.details ?? []) stream.write(`${detail}\n`);
        stream.write(`error: ${outcome.error.message}\n`);
        if (outcome.error.fix) stream.write(`  fix: ${outcome.error.fix}\n`);
      } else if (outcome.summary && !options.quiet) {
        process.stdout.write(`${outcome.summary}\n`);
      }
      return outcome.code;
    },
  };
}

/** Warning lines, then one summary line: "2 files skipped: a.txt (is empty, skipped), b.pdf (not an article format, skipped)". */
export function warningLines(warnings: Warning[], usedFiles?: ReadonlySet<string>): string[] {
  if (warnings.length === 0) return [];
  const lines = warnings.map((w) => `warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.problem}${w.fix ? ` (fix: ${w.fix})` : ''}`);
  const skipped = warnings.filter((w) => isSkip(w, usedFiles));
  const skippedFiles2 = [...new Set(skipped.map((w) => w.file))];
  const other = warnings.length - skipped.length;
  if (skippedFiles2.length) {
    lines.push(`${skippedFiles2.length} file${skippedFiles2.length > 1 ? 's' : ''} skipped: ${skippedFiles2.map((f) => `${f} (${skipped.find((w) => w.file === f)!.problem})`).join(', ')}`);
  }
  if (other) lines.push(`${other} other warning${other > 1 ? 's' : ''} above; everything else was used.`);
  return lines;
}

/** A warning that cost a whole file: an article file that was not used, or one whose problem says so. */
function isSkip(w: Warning, usedFiles?: ReadonlySet<string>): boolean {
  if (/^sources\.ya?ml$/i.test(w.file)) return false; // metadata, not an article
  if (usedFiles) return !usedFiles.has(w.file);
  return /skipped|cannot be read/i.test(w.problem);
}

function seconds(ms: number, unit = true): string {
  const s = (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
  return unit ? `${s} s` : s;
}
