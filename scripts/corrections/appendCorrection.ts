/**
 * Adds one correction to an event folder's corrections.yaml, keeping what is there (entries,
 * comments, layout), for the live preview's review actions. The file is replaced in one rename,
 * so the watcher never reads half of it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isCollection, isSeq, parseDocument, visit, YAMLSeq } from 'yaml';
import { CORRECTIONS_FILE, CorrectionSchema, type Correction } from '../contracts/corrections.ts';

/** Appends `correction` to `<dir>/corrections.yaml` (made if missing); returns the entry's line. */
export function appendCorrection(dir: string, correction: Correction): number {
  CorrectionSchema.parse(correction);
  const path = join(dir, CORRECTIONS_FILE);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const doc: Document = parseDocument(text);
  if (doc.errors.length) throw new Error(`${path} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it before adding a correction`);
  if (doc.contents === null || doc.contents === undefined) doc.contents = new YAMLSeq<unknown>();
  if (!isSeq(doc.contents)) throw new Error(`${path} is not a list of corrections; fix it before adding a correction`);
  const node = doc.createNode(correction);
  // A claim reference on one line, as people write them: `{ source: ..., quote: ... }`.
  visit(node, { Map: (_, map) => { if (map !== node && isCollection(map)) map.flow = true; } });
  doc.contents.items.push(node);
  // One line per claim reference, however long its words: editors read and edit them by line.
  const out = doc.toString({ lineWidth: 0 });
  // A hidden name: the articles folder is being watched and read, and ingest never reads dot files.
  const temporary = join(dir, `.${CORRECTIONS_FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, out);
  renameSync(temporary, path);
  const lines = out.split('\n');
  return lines.findLastIndex((line) => line.startsWith('- ')) + 1;
}
