/**
 * Groups of people named with a capital ("900,000 Ostrans", "19 Veldanians"): news counts a people,
 * a nation's citizens or a faith's members by their name, and another source counts the same
 * figure as "people". The people nouns of countedThings.ts are common nouns, so a named group was
 * its own kind of thing and the two stayed two claims. The extractor takes a capitalised plural
 * for a count only with the endings of peoples and groups (countedPhrase.ts), but that still
 * takes in parties, teams and models ("Republicans", "Broncos"); so a name is taken for people in
 * an event only where one of its mentions there is counted killed, hurt, arrested, missing or
 * evacuated (measuredThing.ts), and then every mention of it is.
 */
import type { QuantityMention } from '../contracts/stages.ts';
import { measuredThing } from './measuredThing.ts';

/** A capitalised plural: the counted phrase's last word. */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** The capitalised plural a mention counts ("Ostrans"), lower-cased, or undefined. */
export function capitalisedGroup(m: QuantityMention): string | undefined {
  const last = (m.counts ?? '').split(/[\s-]+/).pop() ?? '';
  return CAPITALISED_PLURAL.test(last) ? last.toLowerCase() : undefined;
}

/** The capitalised groups that some mention of the event counts as people killed, hurt, arrested... */
export function namesOfPeople(mentions: readonly QuantityMention[]): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    const name = capitalisedGroup(m);
    if (name && !names.has(name) && measuredThing(m, true)) names.add(name);
  }
  return names;
}
