/**
 * Reads corrections.yaml beside the articles (contracts/corrections.ts). A problem never stops
 * the run: an entry that cannot be read is a warning with its line and the fix, and the others
 * still apply.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from '../text/onDemand.ts';
import { CORRECTION_SCHEMAS, CORRECTIONS_FILE, OPERATIONS, type Correction, type CorrectionOperation } from '../contracts/corrections.ts';
import type { Warning } from '../contracts/generated.ts';

/** A correction with the line it starts on. */
export interface ListedCorrection {
  correction: Correction;
  operation: CorrectionOperation;
  line: number;
}

const SHAPE = 'Each entry is one operation: `- hide: { source: file.html, quote: "words of the passage" }` (see the README, "Corrections").';

/** The corrections of `dir`, in file order; none when there is no corrections.yaml. */
export function readCorrections(dir: string, warnings: Warning[]): ListedCorrection[] {
  const path = join(dir, CORRECTIONS_FILE);
  if (!existsSync(path)) return [];
  const { isSeq, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const warn = (line: number | undefined, problem: string, fix = SHAPE): void => {
    warnings.push({ file: CORRECTIONS_FILE, ...(line ? { line } : {}), problem, fix });
  };
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    warn(error.linePos?.[0].line, `is not valid YAML (${error.message.split('\n')[0]}); no correction was applied`, 'Fix the YAML syntax.');
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    warn(1, 'should be a list of corrections (each line starting with "- "); none was applied');
    return [];
  }
  const listed: ListedCorrection[] = [];
  for (const item of doc.contents.items) {
    const range = (item as { range?: [number, number, number] }).range;
    const line = range ? lineCounter.linePos(range[0]).line : 1;
    const value = (item as { toJSON?: () => unknown }).toJSON?.() ?? item;
    const named = typeof value === 'object' && value !== null ? OPERATIONS.filter((op) => op in value) : [];
    if (named.length !== 1) {
      warn(line, named.length ? `names ${named.join(' and ')}: one operation per entry; it was not applied` : `names no operation (${OPERATIONS.join(', ')}); it was not applied`);
      continue;
    }
    const operation = named[0]!;
    const parsed = CORRECTION_SCHEMAS[operation].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      warn(line, `${operation}: ${issue.path.join('.') || 'the entry'}: ${issue.message}; it was not applied`);
      continue;
    }
    listed.push({ correction: parsed.data as Correction, operation, line });
  }
  return listed;
}
