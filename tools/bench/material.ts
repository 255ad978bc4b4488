/**
 * Benchmark material, made deterministically from real articles at run time (never copied into
 * the repository): the multi-news clusters written as one folder per event, and single events
 * of any size made of article halves.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes clusters 0..count-1 with the corpus's own split.mjs as `<work>/<index>/articleN.txt`; returns the folder. */
export function writeClusters(corpus: string, work: string, count: number): string {
  const root = join(work, 'clusters');
  for (let i = 0; i < count; i++) {
    const dir = join(root, `event-${String(i).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    execFileSync(process.execPath, [join(corpus, 'split.mjs'), String(i), dir]);
  }
  return root;
}

/**
 * Every article of the clusters cut in two at the line break nearest its middle, in cluster and
 * file order: about 1,070 real, distinct half-articles from 570, so one event can hold 1,000.
 */
export function articleHalves(clusters: string): string[] {
  const halves: string[] = [];
  for (const event of readdirSync(clusters).sort()) {
    for (const file of readdirSync(join(clusters, event)).sort()) {
      const text = readFileSync(join(clusters, event, file), 'utf8');
      const cut = text.indexOf('\n', text.length >> 1);
      if (cut > 0 && cut < text.length - 1) halves.push(text.slice(0, cut + 1), text.slice(cut + 1));
      else halves.push(text);
    }
  }
  return halves;
}

/** One event folder of the first `count` texts, as article0000.txt, article0001.txt, ... */
export function writeOneEvent(texts: readonly string[], target: string, count: number): string {
  if (texts.length < count) throw new Error(`only ${texts.length} texts for an event of ${count} articles`);
  mkdirSync(target, { recursive: true });
  texts.slice(0, count).forEach((text, i) => writeFileSync(join(target, `article${String(i).padStart(4, '0')}.txt`), text));
  return target;
}
