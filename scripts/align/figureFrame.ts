/**
 * The words that follow a figure in its sentence, its "frame": "nearly 10 hours into the flight"
 * and "about nine hours into the flight" both give "hours into"; "the 16-hour flight" gives "hour
 * flight". Two sources whose figures sit in the same frame, in sentences that are alike, are
 * measuring one thing even when the rest of their sentences differ.
 */
import { stem } from './words.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** Words of a frame: enough to tell "hours into" from "hour flight", few enough to survive rewording. */
const FRAME_WORDS = 2;

/** The frames of every place `value` is written in `sentence` (digits, grouped digits, or a word up to twenty). */
export function figureFrames(sentence: string, value: number): string[] {
  const forms = [String(value), value.toLocaleString('en-US')];
  if (Number.isInteger(value) && value >= 0 && value < NUMBER_WORDS.length) forms.push(NUMBER_WORDS[value]!);
  const pattern = new RegExp(`(?<![\\w.,])(?:${[...new Set(forms)].map((f) => f.replace(/[.,]/g, '\\$&')).join('|')})(?![\\w]|[.,]\\d)`, 'gi');
  const frames: string[] = [];
  for (const m of sentence.matchAll(pattern)) {
    // The end of a range ("from 1.2 million to 499,000 years ago") is no figure of its own.
    if (/\b(?:from|between)\s+\S+(?:\s+\S+){0,2}\s+(?:to|and)\s+$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const next = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase().match(/\p{L}+/gu) ?? [];
    if (next.length >= FRAME_WORDS) frames.push(next.slice(0, FRAME_WORDS).map(stem).join(' '));
  }
  return frames;
}

/** The frame the two figures both stand in, in their sentences, if any ("hour into"). */
export function sameFrame(a: { sentence: string; value: number }, b: { sentence: string; value: number }): string | undefined {
  const framesB = new Set(figureFrames(b.sentence, b.value));
  return figureFrames(a.sentence, a.value).find((f) => framesB.has(f));
}
