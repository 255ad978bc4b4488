/**
 * The speaker after the verb, when the attribution is inverted: "..., said Okafor", "..., says his
 * mother Ana Lima", "..., said the lead author, Dr. Ana Lima". subjects.ts reads the subject before
 * the verb, the usual order.
 */
import type { Token } from '../../segment/tokens.ts';
import { ORGANISATION_HEADS, readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { isNounPhraseWord } from './nounPhrase.ts';
import { joinsNameParts } from './subjects.ts';
import { PART_OF } from './subjectWords.ts';
import { isPersonNoun } from '../speakers/descriptions.ts';

/** People named by whom they stand to, which the agent-noun endings miss: "a colleague of ...", "a member of ...". */
const RELATIONAL = /^(?:colleague|friend|relative|member|representative|neighbou?r|spokesperson)s?$/;

/** Go-betweens whom news qualifies by what they were told: "a source briefed on", "a person involved in". */
const QUALIFIED_HEAD = /^(?:sources?|people|person|officials)$/;

/** The speaker after the verb, when the attribution is inverted: "..., said Okafor". */
export function subjectAfter(tokens: Token[], verbIndex: number, text: string): SpeakerPhrase | undefined {
  let j = verbIndex + 1;
  // "..., said 16-year-old Ana Lima": the age before the name is no part of it (nor a noun-phrase word).
  if (tokens[j]?.pos === 'NUM' && tokens[j + 1]?.text === '-' && /^(?:year|month)s?-old$/i.test(tokens[j + 2]?.text ?? '')) j += 3;
  const start = j;
  // "..., says his mother Ana Lima": a possessive opens the description.
  if (/^(his|her|their|its|our|my)$/i.test(tokens[j]?.text ?? '') && isNounPhraseWord(tokens[j + 1] ?? tokens[j]!)) j++;
  // "..., said one of the signers": one of a group the article names, a description all the same.
  const partOf = PART_OF.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text.toLowerCase() === 'of' && tokens[j + 2]?.pos === 'DET';
  if (partOf) j += 3;
  const head = j;
  // "argued University of Norland researchers": an organisation's head word joined by "of" to the rest of its name.
  while (j < tokens.length && (isNounPhraseWord(tokens[j]!) || (/^of$/i.test(tokens[j]!.text) && ORGANISATION_HEADS.test(tokens[j - 1]?.text ?? '') && joinsNameParts(tokens, j)))) j++;
  if (j === head) return undefined;
  // "..., said the decision is not final": a noun phrase with a verb of its own before the next
  // punctuation is the reported clause's subject, not an inverted speaker ("said Lima on Monday").
  // After a name, a preposition opens where the speaker is from ("said Ana Lima of the Porto think
  // tank": the tagger reads "think" as a verb), never the clause's verb.
  // Straight after a closing quotation mark the quotation is what was said, so a verb after the noun
  // phrase belongs to what describes the speaker ("“...,” said a senior official briefed on the
  // plan", "said an official who asked not to be named", "said a person familiar with it").
  const named = tokens.slice(head, j).some((t) => t.pos === 'PROPN');
  // Only a participle or a relative pronoun opens such a description: "said study lead author ..."
  // ("lead" read as a verb) is a name the phrase reader did not finish, not a described speaker.
  const next = tokens[complementEnd(tokens, j)];
  const describedAfter = /^[”"’]$/.test(tokens[verbIndex - 1]?.text ?? '') && !!next && (/^(?:who|whose|whom)$/i.test(next.text) || (next.pos === 'VERB' && /\p{Ll}(?:ed|en|ing)$/u.test(next.text)));
  // "Reyes was well liked, said an officer who asked not to be named": after a comma that closes the
  // reported clause, a person's noun and then "who" is a speaker described, as after a quotation.
  const personHead = tokens[j - 1]?.pos === 'NOUN' && (isPersonNoun(tokens[j - 1]!.text) || RELATIONAL.test(tokens[j - 1]!.text));
  const describedAfterClause = tokens[verbIndex - 1]?.text === ',' && personHead && !!next && /^(?:who|whom)$/i.test(next.text);
  // "..., said a senior official briefed on the talks": a participle that qualifies a person's noun
  // is no verb of a clause, quotation or not; the noun phrase before it is the speaker.
  const qualified = tokens[j]?.pos === 'VERB' && /ed$/.test(tokens[j]!.text) && tokens[j + 1]?.pos === 'ADP' && tokens[j - 1]?.pos === 'NOUN' && (isPersonNoun(tokens[j - 1]!.text) || QUALIFIED_HEAD.test(tokens[j - 1]!.text));
  if (!describedAfter && !describedAfterClause && !qualified) for (let k = j; k < tokens.length && tokens[k]!.pos !== 'PUNCT' && !(named && tokens[k]!.pos === 'ADP'); k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined;
  const phrase = tokens.slice(start, j);
  // "said a spokesman for the port", "said Norland's envoy to the council, Ana Lima": the head noun's
  // complement is part of the description ("to" only before the name: "said the mayor to reporters").
  const complement = complementEnd(tokens, j);
  const to = complement > j && /^to$/i.test(tokens[j]!.text);
  // "said the lead author, Dr. Ana Lima, an associate professor": the name follows the description.
  const described = complement > j ? complement : j;
  // "added Morel, the panel's ranking Democrat": after a bare name the words between commas describe
  // that person, and a capitalised word in them (a party, a nationality) is no second name.
  const bareName = complement === j && phrase.every((t) => t.pos === 'PROPN') && !!readSpeakerPhrase(phrase, text, true)?.name;
  if (tokens[described]?.text === ',' && !bareName) {
    let k = described + 1;
    while (k < tokens.length && isNounPhraseWord(tokens[k]!)) k++;
    const named = k > described + 1 ? readSpeakerPhrase(tokens.slice(described + 1, k), text) : undefined;
    if (named?.name && (tokens[k] === undefined || /^[,.;“"]$/.test(tokens[k]!.text))) {
      return { text: text.slice(tokens[start]!.start, tokens[k - 1]!.end), name: named.name, role: text.slice(tokens[start]!.start, tokens[described - 1]!.end) };
    }
  }
  const speaker = readSpeakerPhrase(phrase, text, true);
  // Not past a name the tagger left in the head ("said Ana Lima spokesperson for ...": hers is the name).
  if (complement > j && !to && speaker?.role && !speaker.name && !phrase.some((t) => t.pos === 'PROPN')) {
    const whole = text.slice(tokens[start]!.start, tokens[complement - 1]!.end);
    return { text: whole, role: whole };
  }
  // "said study author and Tarrow University biologist Ana Lima": two titles of one person, then her
  // name (not "said Lima and Reyes": the first part is a title with no name).
  if (speaker?.role && !speaker.name && tokens[j]?.lemma === 'and') {
    let k = j + 1;
    while (k < tokens.length && (isNounPhraseWord(tokens[k]!) || joinsNameParts(tokens, k))) k++;
    const named = k > j + 1 ? readSpeakerPhrase(tokens.slice(j + 1, k), text) : undefined;
    if (named?.name && named.role && (tokens[k] === undefined || /^(?:PUNCT|ADP)$/.test(tokens[k]!.pos))) {
      return { text: text.slice(tokens[start]!.start, tokens[k - 1]!.end), name: named.name, role: `${speaker.role} and ${named.role}` };
    }
  }
  return speaker?.name || speaker?.role ? speaker : undefined;
}

/**
 * Where a lower-case head noun's "of", "for" or "to" complement ends ("spokesman [for the Harbour
 * Authority]", "head [of the agency]"), or `end` when the phrase has none.
 */
function complementEnd(tokens: Token[], end: number): number {
  const head = tokens[end - 1];
  const preposition = tokens[end];
  if (!head || !preposition || !/^(?:NOUN|ADJ)$/.test(head.pos) || !/^\p{Ll}/u.test(head.text) || !/^(?:of|for|to)$/i.test(preposition.text)) return end;
  // Only a person's head noun ("spokesman", "envoy", "colleague"): "claimed responsibility for ...",
  // "declared states of emergency" have none.
  if (!isPersonNoun(head.text) && !RELATIONAL.test(head.text)) return end;
  let k = end + 1;
  while (k < tokens.length && (isNounPhraseWord(tokens[k]!) || joinsNameParts(tokens, k))) k++;
  return k > end + 1 ? k : end;
}
