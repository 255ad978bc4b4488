/**
 * Chart labels that fit their row and still read as words: cut at a word, never inside one, and
 * never left hanging on a word that needs what follows ("votes in the Electoral College due",
 * "nurses under"), which reads as a clause broken off. A label that is shortened ends in "…"
 * and keeps its full text for the hover title and the data table. Hand-written: a few lines of
 * word arithmetic, nothing a library would add to.
 */

import type { Claim } from '../contracts/facts.ts';
import { describeQuantity } from '../compose/format.ts';
import { measureWords } from './measureWords.ts';
import { dangles } from './danglingWords.ts';
import { isDirectQuote, reportedClause } from '../compose/quoteForm.ts';
import { speechForm } from '../compose/reportedSpeech.ts';

/** Words that open a clause: a label cut inside the clause they open is cut before them instead ("crew members who were on…" reads "crew members…"). */
const CLAUSE = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'unless', 'until', 'since', 'after', 'before', 'according']);

/** Fewer words of a cut quotation than this name nothing ("one…", "we will…"). */
const MIN_QUOTED_WORDS = 3;

export interface ChartLabel {
  /** What the chart shows: the whole label, or its first words and "…". */
  text: string;
  /** The label as the source words it, for the hover title and the data table. */
  full: string;
  /** Whether `text` is shorter than `full`. */
  cut: boolean;
}

/** `full` in at most `max` characters (the "…" included), ending on a word that can end a phrase. */
export function chartLabel(full: string, max: number): ChartLabel {
  const whole = full.trim().replace(/\s+/g, ' ');
  let words = whole.split(' ');
  const fits = whole.length <= max;
  if (fits && !dangles(words.at(-1)!) && !/[,;:–—-]$/u.test(whole)) return { text: whole, full: whole, cut: false };
  if (!fits) {
    const kept: string[] = [];
    for (const word of words) {
      if ([...kept, word].join(' ').length > max - 1) break;
      kept.push(word);
    }
    words = kept;
    // Cut inside a clause: drop the clause, if enough of the label is left to name something.
    const opener = words.findLastIndex((w, i) => i >= 1 && CLAUSE.has(w.toLowerCase()));
    if (opener >= 1 && words.slice(0, opener).join(' ').length >= max / 3) words = words.slice(0, opener);
  }
  while (words.length > 1 && dangles(words.at(-1)!)) words.pop();
  // One long word (a compound, a name) that does not fit: cut it, visibly.
  const text = words.length === 0 || (words.length === 1 && words[0]!.length > max - 1) ? whole.slice(0, max - 1) : words.join(' ');
  const shown = text.replace(/[\s,;:–—-]+$/u, '');
  // A quotation the cut left open is closed after the ellipsis: the marks are the source's, and stay paired.
  const open = (shown.match(/“/g)?.length ?? 0) > (shown.match(/”/g)?.length ?? 0);
  return { text: `${shown}…${open ? '”' : ''}`, full: whole, cut: true };
}

/**
 * A claim as a chart row names it, in at most `max` characters: a figure by what it counts ("more
 * than 400 athletes": several figures of one sentence are told apart), a figure that counts
 * nothing by name by the words that stand with it in its sentence ("four years ago", "$9 million
 * for the bridge", where "4 years" or "$9 million" alone names no fact), a quote by its speaker and
 * in quotation marks only when the source quoted the words ("Ana Lima: “we will sail…”"; reported
 * speech "Ana Lima said the ferry…"; no speaker named: "Unattributed: …"; sources naming different
 * speakers, which may be one speaker named two ways: "Speaker named differently: …"), a statement by its words.
 * A quote's words are cut inside its marks, so the closing mark stays.
 */
export function claimLabel(claim: Claim, max: number): ChartLabel {
  if (claim.quantity) return chartLabel(measureWords(claim) ?? describeQuantity(claim.quantity), max);
  const text = claim.text.trim().replace(/\s+/g, ' ');
  if (claim.kind !== 'quote') return chartLabel(text, max);
  const name = claim.speaker?.name;
  if (isDirectQuote(claim)) {
    const prefix = name ? `${name}: ` : '';
    const words = chartLabel(text, Math.max(12, max - prefix.length - 2));
    // A long name can leave the quotation a word or two ("Ana Lima: “one…”"), which names nothing: the
    // row then shows the words alone, and the hover title and the data table name the speaker.
    if (prefix && words.cut && words.text.split(' ').length < MIN_QUOTED_WORDS) {
      const alone = chartLabel(text, max - 2);
      return { text: `“${alone.text}”`, full: `${prefix}“${words.full}”`, cut: true };
    }
    return { text: `${prefix}“${words.text}”`, full: `${prefix}“${words.full}”`, cut: words.cut };
  }
  // No claim-level speaker: either no source names one, or the sources name different ones (each passage keeps its own).
  if (!name) return chartLabel(`${claim.evidence.some((e) => e.speaker) ? 'Speaker named differently' : 'Unattributed'}: ${text}`, max);
  // Speech that is no clause ("During the fight he hit her, witnesses said") is the source's sentence
  // after the speaker, as "Who said what" writes it: "witnesses said During the fight ..." reads as a fragment.
  // A speaker that opens the label with a common word ("police") is capitalised, as a sentence's start is.
  const who = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const clause = reportedClause(text);
  if (/^\p{Lu}/u.test(text) && speechForm(claim).kind === 'sentence') return chartLabel(`${who}: ${text}`, max);
  return chartLabel(`${who} said ${clause}`, max);
}
