/**
 * One speaker described by one outlet and named by another: "one harbour resident" told one outlet
 * the words that another gives to "Ana Lima", a "harbour resident". Where the description's noun is
 * the named person's own role noun, the two may be one person, and the same written words from both
 * are one quotation (sameWords.ts). Each evidence keeps its own source's speaker, so the join gives
 * no one words their source did not: the claim names a speaker only where its sources agree.
 */
import type { QuoteMention } from '../contracts/stages.ts';
import { isPersonName } from './claimSpeaker.ts';

/** A description of someone unnamed: an article or "one", then lower-case words ("a witness", "one harbour resident"). */
const DESCRIPTION = /^(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+)*([\p{Ll}-]+)$/u;

/** The noun a description ends on ("resident" of "one harbour resident"), or undefined for none. */
function describedNoun(speaker: string): string | undefined {
  return DESCRIPTION.exec(speaker.trim())?.[1];
}

/** Whether one mention's speaker is a description whose noun ends the other's role, the other being a named person. */
export function describedAndNamed(a: QuoteMention, b: QuoteMention): boolean {
  return describes(a, b) || describes(b, a);
}

function describes(described: QuoteMention, named: QuoteMention): boolean {
  if (!described.speaker || !named.speaker || !named.role || !isPersonName(named.speaker)) return false;
  const noun = describedNoun(described.speaker);
  if (!noun) return false;
  const roleWords = named.role.toLowerCase().split(/\s+/);
  return roleWords[roleWords.length - 1] === noun;
}
