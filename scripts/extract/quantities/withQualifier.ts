/**
 * Qualifiers written before a figure ("about 4,200", "more than 50", "an estimated 1.2 million"):
 * the mention widens over them and keeps the qualifier, normalised, so a later stage can tell an
 * estimate from an exact count.
 */
import type { NumberKind, NumberMention } from './numberMention.ts';

const QUALIFIERS = ['a little more than', 'a little less than', 'a little over', 'a little under', 'just over', 'just under', 'well over', 'well under', 'nothing less than', 'nothing more than', 'not less than', 'not more than', 'not fewer than', 'no more than', 'no fewer than', 'no less than', 'more than',
  'fewer than', 'less than', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'as few as', 'an estimated', 'estimated',
  'close to', 'upwards of', 'in excess of', 'approximately', 'roughly', 'about', 'around', 'nearly', 'almost', 'exactly', 'over', 'under', 'some'];
/**
 * A qualifier at the end of the text before a figure (longest first, as listed). A negated bound is
 * its own qualifier: "nothing less than $25,000" is at least $25,000, the opposite of "less than".
 */
export const QUALIFIER = new RegExp(`(?<![A-Za-z])(${QUALIFIERS.join('|').replaceAll(' ', '\\s+')})\\s+$`, 'i');
const QUALIFIED_KINDS: ReadonlySet<NumberKind> = new Set<NumberKind>(['count', 'money', 'percent', 'measure', 'year', 'date', 'time']);

/** Widen a mention over a qualifier written just before it ("about", "more than"). */
export function withQualifier(text: string, m: NumberMention, prevEnd: number): NumberMention {
  if (!QUALIFIED_KINDS.has(m.kind)) return m;
  const before = text.slice(Math.max(prevEnd, m.start - 24), m.start);
  const q = QUALIFIER.exec(before);
  const start = m.start - before.length + (q?.index ?? 0);
  if (!q || /[A-Za-z]/.test(text[start - 1] ?? '')) return m;
  // "some 2000 people" is a count; "around 2010, ..." stays a year.
  const kind = m.kind === 'year' && m.low === undefined && /^\s+[a-z]/.test(text.slice(m.end, m.end + 2)) ? 'count' : m.kind;
  return { ...m, start, kind, qualifier: (q[1] ?? '').toLowerCase().replace(/\s+/g, ' ') };
}
