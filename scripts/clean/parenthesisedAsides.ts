/**
 * Page furniture run into a paragraph in brackets: a magazine's links to its other stories ("(See the
 * top 10 films of the year.)"), a pointer to the page's player ("(Skip to the three-minute mark in
 * the video above.)"), a picture's credit ("(Jo Roe/Wire)", "(Image courtesy of the agency.)") or a
 * wire's credit closing the last paragraph ("... said. (Editing by Jo Roe)"). The lexicon sets such
 * lines aside when they stand alone; a copied page often joins them to the paragraph around them, so
 * here the bracket is split off the line: it is boilerplate, the sentences around it stay content.
 *
 * Only a bracket that stands as a sentence of its own (after a sentence's end or at the line's start,
 * before a capital or the line's end), and only where the lexicon reads the bracket as chrome; a
 * slash inside a sentence ("go/no-go decisions.") is no credit.
 */
import { matchLine } from './matchLine.ts';
import type { Label } from './lineLabel.ts';
import type { Line } from './splitLines.ts';

/**
 * A picture's credit that is only capitalised words, "(Harbour Police Service)", "(Jo Roe)": a caption printed inside
 * the paragraph ("Police released this image of the van. (Harbour Police Service) “I want ...”"). The lexicon cannot
 * tell such a name from a word in brackets, so it is read here, and only between two sentences: a bracket at the
 * line's start is a wire's dateline ("(Wire) A ferry ..."), one at its end may close the story's own sentence.
 */
const NAME_CREDIT = /^(?!(?:Applause|Laughter|Crosstalk|Inaudible|Unintelligible|Cheers|Cheering|Booing|Boos|Sic|Sighs|Pause|Music|Silence|Translation|Translated)$)\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|the|and|for|de)){0,6}(?<![.!?])$/u;
const CAPTION_CREDIT: Label = { kind: 'boilerplate', reason: 'caption', note: 'photo or source credit' };

/** A bracketed sentence: what precedes it (a sentence's end and space, or nothing), then the bracket. */
const ASIDE = /(^|[.!?]["'”’]?\s+)\(([^()]{2,250})\)(?=\s+["“]?\p{Lu}|\s*$)/gu;

/** Lines and labels with every chrome bracket inside a content line split off as its own boilerplate line. */
export function splitParenthesisedAsides(text: string, lines: Line[], labels: (Label | null)[]): { lines: Line[]; labels: (Label | null)[] } {
  // Cheap test first: most content lines hold no bracket at all.
  if (!lines.some((l, i) => labels[i] === null && l.text.includes('('))) return { lines, labels };
  const outLines: Line[] = [];
  const outLabels: (Label | null)[] = [];
  lines.forEach((line, i) => {
    const label = labels[i] ?? null;
    const asides = label === null && line.text.includes('(') ? chromeAsides(line.text) : [];
    // A line's offsets include its edge white space; its text does not.
    const offset = asides.length > 0 ? text.indexOf(line.text, line.start) : -1;
    if (asides.length === 0 || offset < 0) {
      outLines.push(line);
      outLabels.push(label);
      return;
    }
    let cursor = 0; // in line.text
    let first = true;
    const push = (from: number, to: number, lab: Label | null, last = false): void => {
      const piece = line.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const body = piece.trim();
      if (body === '') return;
      outLines.push({
        start: first ? line.start : offset + from + lead,
        end: last ? line.end : offset + from + lead + body.length,
        text: body,
        gapBefore: first ? line.gapBefore : false,
      });
      outLabels.push(lab);
      first = false;
    };
    for (const a of asides) {
      push(cursor, a.start, null);
      push(a.start, a.end, a.label, a.end === line.text.length);
      cursor = a.end;
    }
    push(cursor, line.text.length, null, true);
  });
  return { lines: outLines, labels: outLabels };
}

/** The brackets of one line that the lexicon reads as chrome, with their place in the line. */
function chromeAsides(line: string): { start: number; end: number; label: Label }[] {
  const out: { start: number; end: number; label: Label }[] = [];
  for (const m of line.matchAll(ASIDE)) {
    const inner = m[2]!;
    const between = m[1] !== '' && m.index + m[0].length < line.length;
    if (inner.length < 8 && !between) continue;
    const label = between && NAME_CREDIT.test(inner) ? CAPTION_CREDIT : (matchLine(inner) ?? matchLine(`(${inner})`));
    if (!label || label.kind !== 'boilerplate') continue;
    // A picture's credit is a name, not a sentence: a bracket ending in a full stop with a slash in it is prose.
    if (label.note === 'photo credit' && /[.!?]$/.test(inner.trim())) continue;
    const start = m.index + m[1]!.length;
    out.push({ start, end: start + inner.length + 2, label });
  }
  return out;
}
