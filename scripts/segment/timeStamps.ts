/**
 * A live blog's time stamps: "10:20 p.m." on a line of its own above an entry, or "1:15 A.M." run
 * into the entry's first words ("1:15 A.M. The ministry said ..."), which the sentence splitter
 * reads as a sentence of its own. Such a "sentence" is only the clock time of the entry: it names
 * nothing that happened at that time, so as a claim it is a figure of nothing. It is cut out here,
 * as pointerSentences.ts cuts the page's pointers; the entry's own sentence, which may give the time
 * of what it reports ("11:44 A.M. A rocket lands in the sea."), is kept whole. A time stamp on a
 * line of its own stays content for the clean stage: it is part of the blog's text as a reader sees
 * it (the article-extraction benchmark counts it so), only no sentence of a claim.
 */

/** A clock time and nothing else: "10:20 p.m.", "5 p.m.", "9:40 a.m. ET", "7.10pm", "16:45". */
const CLOCK_TIME_ONLY = /^(?:\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2})(?:\s+(?:[A-Z]{2,4}|local time))?\.?$/i;

/** True for a sentence (or line) that is only a clock time. */
export function isTimeStamp(sentence: string): boolean {
  return sentence.length <= 24 && CLOCK_TIME_ONLY.test(sentence.trim());
}

/** Spans among `spans` (absolute offsets into `text`) that are only a clock time. */
export function timeStampSentences(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  return spans.filter(([start, end]) => isTimeStamp(text.slice(start, end))).map(([start, end]) => [start, end] as [number, number]);
}
