/**
 * "Kent Ames, a former lobbyist for large industrial customers, said": a name, then its role between
 * commas, when the strict walk over role words (subjects.ts) stops at a word the tagger got wrong
 * ("large" as an adverb, "911" in "the county's 911 director") or at a relative clause inside the
 * role ("a professor who studies ports"). Read only as a fallback, from the comma before the verb
 * back to the comma that opens the role; the role must read as a noun phrase (no verb of its own
 * before any "who"), and the words before it must end with a person's name.
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';

/** Longest role read between the commas, in tokens. */
const MAX_ROLE = 30;

/** The name before the commas and the role between them, for a verb whose subject ends with the comma at `comma`. */
export function looseAppositive(tokens: Token[], comma: number, text: string): { speaker: SpeakerPhrase; first: number } | undefined {
  let open = comma - 1;
  while (open > 0 && comma - open <= MAX_ROLE && tokens[open]!.text !== ',') {
    if (/^[;:“”"—–]$/.test(tokens[open]!.text)) return undefined;
    open--;
  }
  if (tokens[open]?.text !== ',' || open + 1 >= comma) return undefined;
  const role = tokens.slice(open + 1, comma);
  if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(role[0]!.pos)) return undefined;
  // "a foundation that promotes safer docks": "that" and "which" open a relative clause too (as pronouns, not "said that").
  const relative = role.findIndex((t) => /^(?:who|whose)$/i.test(t.text) || (/^(?:that|which)$/i.test(t.text) && t.pos === 'PRON'));
  const head = relative > 0 ? role.slice(0, relative) : role;
  // "the ship, the fire spread, ...": a finite verb makes it a clause, not a role ("founding member",
  // "retired teacher" are participles that modify the noun).
  if (head.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.text))) || !head.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  let nameEnd = open - 1;
  // "Ana Lima, 26, a student, said": an age between the name and the role.
  if (tokens[nameEnd]?.pos === 'NUM' && tokens[nameEnd - 1]?.text === ',') nameEnd -= 2;
  // "Rep. Ana Lima (D-Norland), a member of ...": the party in brackets is no part of the name.
  if (tokens[nameEnd]?.text === ')') {
    let k = nameEnd - 1;
    while (k > 0 && nameEnd - k < 8 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text !== '(') return undefined;
    nameEnd = k - 1;
  }
  let n = nameEnd;
  while (n >= 0 && (tokens[n]!.pos === 'PROPN' || (/^\p{Lu}/u.test(tokens[n]!.text) && /^(?:NOUN|ADJ|X)$/.test(tokens[n]!.pos)) || tokens[n]!.text === '.')) n--;
  // Only a name that opens the sentence or follows a comma or conjunction: not "near Porto, a fishing town,".
  // "“...,” the Harbour Fund, a foundation ..., concluded": so does an organisation's name after "the".
  if (/^the$/i.test(tokens[n]?.text ?? '') && n < nameEnd && (n === 0 || /^[,”"’]$/.test(tokens[n - 1]!.text))) n--;
  const before = tokens[n];
  if (n === nameEnd || (before && !/^(?:,|and|but|CCONJ|[”"’])$/.test(before.text) && before.pos !== 'CCONJ')) return undefined;
  const named = readSpeakerPhrase(tokens.slice(n + 1, nameEnd + 1), text);
  if (!named?.name || named.name.split(/\s+/).length < 2) return undefined;
  const roleText = text.slice(head[0]!.start, head[head.length - 1]!.end);
  return { speaker: { text: text.slice(tokens[n + 1]!.start, tokens[comma - 1]!.end), name: named.name, role: named.role ? `${named.role}, ${roleText}` : roleText }, first: n + 1 };
}
