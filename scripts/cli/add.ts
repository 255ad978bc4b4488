/**
 * The `add` command: URLs (arguments and/or `--from` a file, one a line) fetched into `--to`
 * (scripts/fetch/addPages.ts does the work). Each URL that fails is a warning naming the URL,
 * the problem and the fix; the others are still saved. Exit 1 only when URLs failed and none
 * ended up in the folder.
 */
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../contracts/errors.ts';
import type { Warning } from '../contracts/stages.ts';
import { countOf } from '../compose/counting.ts';
import { addPages, type AddResult } from '../fetch/addPages.ts';
import type { Outcome, Reporter } from './reporter.ts';

export interface AddValues {
  to?: string;
  from?: string;
  refresh?: boolean;
}

export async function addCommand(args: readonly string[], values: AddValues, reporter: Reporter): Promise<Outcome> {
  if (!values.to) throw new UsageError('missing --to <sourcesDir>');
  const urls = [...args, ...(values.from ? urlsFromFile(values.from) : [])];
  if (urls.length === 0) throw new UsageError('missing <url> (give URLs as arguments or --from <file>)');
  const results = await addPages(urls, values.to, {
    refresh: values.refresh,
    onResult: (result, done, total) => reporter.progress(`add: ${done}/${total} ${verb(result)} ${result.url}`),
  });
  const saved = results.filter((r) => r.status === 'saved');
  const present = results.filter((r) => r.status === 'present');
  const failed = results.filter((r) => r.status === 'failed');
  const warnings: Warning[] = failed.map((r) => ({ file: r.url, problem: r.problem, fix: r.fix }));
  for (const r of present) warnings.push({ file: r.url, problem: `not fetched: ${r.why}, as ${r.file}`, fix: 'Pass --refresh to fetch it again.' });
  const data = {
    to: values.to,
    saved: saved.map((r) => ({ url: r.url, file: r.file, finalUrl: r.finalUrl })),
    present: present.map((r) => ({ url: r.url, file: r.file })),
    failed: failed.map((r) => ({ url: r.url, problem: r.problem })),
  };
  // Saved URLs count as used, so the reporter's summary names only the failed ones as skipped.
  const usedFiles = [...saved, ...present].map((r) => r.url);
  if (failed.length && saved.length + present.length === 0) {
    return { code: 1, data, warnings, usedFiles, error: { message: `add: none of the ${countOf(failed.length, 'URL')} could be saved to ${values.to}`, fix: 'See the reason given for each URL above.' } };
  }
  const parts = [`${countOf(saved.length, 'page')} saved to ${values.to}`];
  if (present.length) parts.push(`${present.length} already there`);
  if (failed.length) parts.push(`${failed.length} failed`);
  return { code: 0, data, warnings, usedFiles, summary: `add: ${parts.join(', ')} (recorded in sources.yaml)` };
}

function verb(result: AddResult): string {
  return result.status === 'saved' ? (result.refreshed ? 'refreshed' : 'saved') : result.status === 'present' ? 'already there' : 'failed';
}

/** One URL a line; blank lines and lines starting with # are skipped. */
export function urlsFromFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read --from ${path}: it does not exist or is not readable`, 'Give a text file with one URL a line.');
  }
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}
