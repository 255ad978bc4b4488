/**
 * What the articles call a person besides their name: "Ana Lima, the economist," and "economist
 * Ana Lima" both say she is an economist, so a later (or earlier) "a local economist said" is her
 * when no one else is called one. Read from part-of-speech tags: an appositive after a full name,
 * or a common noun just before one.
 */
import type { Token } from '../../segment/tokens.ts';

export interface Description {
  /** The description's head noun, lower-cased: "economist". */
  head: string;
  /** The name as written ("Ana Lima", "Lima"), to be resolved by the NameBook (a word it knows for no person is dropped there). */
  name: string;
}

/**
 * Nouns for people by what they do or are: the endings of agent nouns ("economist", "lawyer",
 * "director", "historian", "spokeswoman") and a few more; "poll" in "in this poll Lima led" is none.
 */
const PERSON_NOUN = /^(?:[\p{Ll}-]+(?:ist|er|or|ian|ant|ent|man|woman|person)|official|attorney|chief|head|judge|coach|nurse|pilot|aide|envoy|expert|analyst|lawmaker|witness|resident|wife|husband|mother|daughter|son|widow|victim|survivor|veteran|activist|advocate)$/u;
/** Agent-noun endings that make no person: "matter", "number", "order", "water", "paper", "summer". */
const NOT_DESCRIPTION = /^(?:door|floor|mirror|colou?r|interior|exterior|matter|number|order|water|paper|summer|winter|letter|center|centre|quarter|corner|border|river|error|sector|factor|fever|power|tower|cancer|member|moment|comment|statement|event|percent|content|agent)$/;

/** Every "NAME, a/the ... NOUN," and "NOUN NAME" in one sentence's tokens. */
export function descriptionsIn(tokens: Token[]): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let end = i;
    while (isNameWord(tokens[end + 1])) end++;
    const nameTokens = tokens.slice(i, end + 1);
    const start = i;
    i = end;
    const name = nameTokens.map((t) => t.text).join(' ');
    // "economist Ana Lima": one common noun, lower-case, right before the name (not "said Ana Lima").
    const before = tokens[start - 1];
    if (before?.pos === 'NOUN' && isPersonNoun(before.text)) out.push({ head: before.text, name });
    // "Ana Lima, the economist," / "Ana Lima, a local economist who ...": the appositive's last noun.
    if (tokens[end + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[end + 2]?.text ?? '')) continue;
    let k = end + 3;
    while (k < tokens.length && k < end + 6 && /^(?:ADJ|NOUN)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
    const head = tokens[k - 1]!;
    const closes = tokens[k] === undefined || /^(?:[,.;]|who)$/.test(tokens[k]!.text);
    if (k > end + 3 && head.pos === 'NOUN' && closes && isPersonNoun(head.text)) out.push({ head: head.text, name });
  }
  return out;
}

/** Whether the word names a person by what they do or are ("economist", "director", "widow"). */
export function isPersonNoun(word: string): boolean {
  // "-ment" names things and bodies ("department", "government"), never a person.
  return PERSON_NOUN.test(word) && !NOT_DESCRIPTION.test(word) && !/ment$/.test(word);
}

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
}
