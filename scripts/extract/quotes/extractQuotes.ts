/**
 * Quotes: direct quotations (words in quotation marks) and reported speech ("X said
 * that ..."), each with its speaker. Short quoted terms ("destructive", "non-paper")
 * are scare quotes, not speech.
 *
 * Read paragraph by paragraph: quotationSpans.ts finds the quotations, attribution.ts each
 * sentence's speaker phrase and reported clause, and speakers/resolveSpeaker.ts who the phrase
 * stands for in the article read so far; a quotation with no attribution continues the speaker
 * just before.
 */
import type { QuoteMention, Sentence } from '../../contracts/stages.ts';
import type { Token } from '../../segment/tokens.ts';
import { isCutFromLongerName } from '../speakers/cutName.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import { commandedClause, namedInClause, otherPerson } from '../speakers/namedInClause.ts';
import { readSpeakerPhrase } from '../speakers/speakerPhrase.ts';
import type { NameBook } from '../speakers/nameBook.ts';
import { datelineLength } from '../../clean/dateline.ts';
import { mainOrganisation, organisationCounts, organisationIn } from '../speakers/mainOrganisation.ts';
import { isOutletName } from '../speakers/mediaAttribution.ts';
import { isPersonNoun } from '../speakers/descriptions.ts';
import { isBodyName } from '../speakers/bodyName.ts';
import { introducedPerson, opensWithUnnamedPerson, researchTeam, resolve, type SpeakerState } from '../speakers/resolveSpeaker.ts';
import { quotationSpans } from './quotationSpans.ts';
import { documentAuthors } from '../speakers/documentAuthor.ts';
import { findAttribution } from './attribution.ts';
import { secondSpeaker } from './secondSpeaker.ts';
import { retagNames } from './retagNames.ts';
import { sentenceSubject } from './subjects.ts';

/** Quotes of one article, read paragraph by paragraph so a quotation may run over several sentences. */
export function extractQuotes(sentences: Sentence[], view: string, names: NameBook): QuoteMention[] {
  const out: QuoteMention[] = [];
  let organisation: { name?: string } | undefined;
  let counts: Map<string, number> | undefined;
  let team: { name?: string } | undefined;
  let authors: ReturnType<typeof documentAuthors> | undefined;
  // Names "he" or "she" has stood for so far: people, so never what "the company" stands for.
  const gendered = new Set<string>();
  const isKnownPerson = (name: string): boolean => gendered.has(names.resolve(name));
  const state: SpeakerState = {
    seen: [],
    people: [],
    peopleAt: [],
    organisation: () => (organisation ??= { name: mainOrganisation(sentences, names, isKnownPerson) }).name,
    organisationBefore: (index, phrase) => {
      const at = (k: number): Sentence | undefined => (sentences[k]?.index === k ? sentences[k] : sentences.find((s) => s.index === k));
      counts ??= organisationCounts(sentences, names);
      // "After Norbank identified ..., the company said": first the one named before the phrase in its own sentence.
      const here = at(index);
      const cut = here ? here.text.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
      // Not when a quotation comes first: the names in it are what was said, not who said it.
      const own = here && cut > 0 && !/[“”"]/.test(here.text.slice(0, cut)) ? organisationIn(here, counts, names, cut, isKnownPerson, true) : undefined;
      const before = at(index - 1);
      return own ?? (before && organisationIn(before, counts, names, Infinity, isKnownPerson));
    },
    researchTeam: () => (team ??= { name: researchTeam(sentences, names) }).name,
    // The article's own word on whose it is, else the one author all the articles give.
    documentAuthor: (kind) => (authors ??= documentAuthors(sentences, names))[kind] ?? names.documentAuthor(kind),
  };
  let previousQuote: { speaker: Speaker; sentence: number } | undefined;
  // Who each sentence gives words to, by sentence index: a quotation's speaker is carried over none of them.
  const spokeIn = new Map<number, Speaker>();
  const isPersonName = (n: string): boolean => names.isPerson(names.resolve(n)) && !isOutletName(names.resolve(n));
  // "Then the city released this statement:" as a sentence of its own, by sentence index: who brings
  // in the quotation that opens the next sentence (in the same paragraph or the next).
  const colonIntro = new Map<number, Speaker>();
  for (const paragraph of byParagraph(sentences)) {
    const quotes = quotationSpans(view, paragraph[0]!.start, paragraph[paragraph.length - 1]!.end);
    const speakers: Array<Speaker | undefined> = [];
    // Speakers of sentences with quotation marks, even a short quote ("“This is serious,” Fuller said."):
    // an unattributed quotation just after continues them.
    const quoting: Array<Speaker | undefined> = [];
    // Speakers of sentences that are nothing but an attribution ("Reyes asked."), for the question before.
    const bare: Array<Speaker | undefined> = [];
    paragraph.forEach((sentence, k) => {
      const tokens = sentenceTokens(sentence);
      const inHere = quotes
        .filter((q) => q.start < sentence.end && q.end > sentence.start)
        .map((q) => ({ start: Math.max(q.start, sentence.start) - sentence.start, end: Math.min(q.end, sentence.end) - sentence.start }));
      const attribution = findAttribution(tokens, sentence.text, inHere, k > 0 && QUESTION_CLOSED.test(paragraph[k - 1]!.text) && !/[“”"«»]/.test(sentence.text));
      // "the President of the Harbour Workers’ Council explained", read as "Council": a piece of a name, no one.
      const resolved = attribution && (isCutFromLongerName(attribution.speaker, sentence.text, inHere) ? {} : resolve(attribution.speaker, state, names, sentence.index));
      // "She noted that Lima is still grieving": "she" is not Lima, but the person named before her, if any.
      const pronoun = attribution?.speaker.pronoun === 'he' || attribution?.speaker.pronoun === 'she';
      const clause = pronoun && resolved?.name && attribution.clause ? commandedClause(sentence.text, attribution.clause) : undefined;
      const other = clause !== undefined && namedInClause(resolved!.name!, clause) ? otherPerson(state.people, resolved!.name!, clause, attribution!.speaker.pronoun!, names) : resolved;
      // "“..., Lima earns the gold,” the judge said": the description is not the person its quotation
      // names (see the quotations below); said here, before the sentence's speaker is remembered, so
      // that a later "the judge" does not take that person from it either.
      const speaker = other?.name && other.role && /^the\s/.test(other.role) && !/\bstatement$/.test(other.role) && inHere.some((q) => namedInClause(other.name!, sentence.text.slice(q.start, q.end))) ? { role: other.role } : other;
      if (pronoun && speaker?.name) gendered.add(speaker.name);
      speakers.push(speaker);
      quoting.push(speaker && /[“”"«»]/.test(sentence.text) ? speaker : undefined);
      bare.push(speaker && attribution && !attribution.clause && inHere.length === 0 && !/[“”"«»]/.test(sentence.text) && opensWithAttribution(tokens) ? speaker : undefined);
      if (inHere.length === 0 && attribution?.clause && speaker) {
        let [cs, ce] = attribution.clause;
        // "PORTO (Reuters) - The ferry will ..., officials said": the dateline is not what they said.
        if (sentence.index <= 1 && cs === 0) cs = Math.min(ce, datelineLength(sentence.text));
        // "Lima said [the board would not move, while Reyes warned of delays]": two speakers, two claims.
        const second = secondSpeaker(tokens, cs, ce, isPersonName);
        // Each claim's passage is then its own clause of the sentence, so it shows one speaker's words.
        const first = second ? part(sentence, 0, second.cut) : sentence;
        out.push(withSpeaker({ source: sentence.source, sentence: first, start: sentence.start + cs, end: sentence.start + (second?.cut ?? ce), form: 'reported' }, speaker));
        if (second) out.push(withSpeaker({ source: sentence.source, sentence: part(sentence, second.start, sentence.text.length), start: sentence.start + second.start, end: sentence.start + ce, form: 'reported' }, { name: names.resolve(second.name) }));
      }
      // Not "she said:": a pronoun read across a paragraph break and into the next is too far a guess.
      if (speaker && !attribution?.speaker.pronoun && /:\s*$/.test(sentence.text) && !/[“”"]/.test(sentence.text)) colonIntro.set(sentence.index, speaker);
      if (speaker) {
        spokeIn.set(sentence.index, speaker);
        state.seen.push(speaker);
        state.lastSpeaker = { ...speaker, at: sentence.index };
      }
      // "The board dismissed the findings in a short statement." then "“...,” the statement read": whose statement it is.
      // Not a subject read past a relative clause with no "that" ("The fraternity the men say ..."): a second determiner inside.
      const said = [speaker?.name ?? speaker?.role].find((w) => !!w && !/\s(?:the|a|an)\s/i.test(w));
      const author = STATEMENT_MENTION.test(sentence.text) ? (said && !/statement/i.test(said) ? said : statementAuthor(tokens, sentence.text, names)) : undefined;
      if (author) state.statement = { name: author, at: sentence.index };
      const introduced = introducedPerson(sentence.text);
      if (introduced) state.introduced = { noun: introduced, at: sentence.index };
      // Not "A Norbank spokesman, Tom Reyes, said": the one who speaks there has a name.
      const unnamedNoun = speaker?.name ? undefined : opensWithUnnamedPerson(sentence.text);
      if (unnamedNoun) state.unnamedSubject = { at: sentence.index, noun: unnamedNoun };
      // "he" and "she" take a person: "Washington denies this claim. ... He accused" is not Washington,
      // while a name with a role ("rescue official Supriyadi") is someone, even with one name.
      // Nor is an outlet or an organisation ("The Daily Ledger reported ... She said" is not the Ledger).
      const isPerson = speaker?.name && (names.mayBePerson(speaker.name) || speaker.role) && !isOutletName(speaker.name) && !isBodyName(speaker.name, names);
      const person = isPerson ? speaker : leadingPerson(tokens, sentence.text, names);
      if (person) {
        state.people.push(person);
        state.peopleAt!.push(sentence.index);
        state.lastAt = sentence.index;
      }
    });
    for (const q of quotes) {
      const open = paragraph.findIndex((s) => q.start >= s.start && q.start < s.end);
      const close = paragraph.findIndex((s) => q.end > s.start && q.end <= s.end + 1);
      if (open < 0 || close < 0) continue;
      // The attribution usually follows the quote ("“...,” Okafor said"); else it introduces it.
      let speaker = speakers[close] ?? speakers[open] ?? signedBy(view, q.end + 1, paragraph[paragraph.length - 1]!.end, names);
      // "Ana Lima “I stayed two years.”" as a paragraph: a transcript's speaker label before the words.
      if (!speaker && view.slice(q.end + 1, paragraph[paragraph.length - 1]!.end).trim() === '') speaker = labelledBy(view, paragraph[0]!.start, q.start, names);
      // "“Who will pay?” Reyes asked.": a question or exclamation mark before the closing mark ends the
      // sentence, so the attribution after it stands alone, a sentence that is only "Reyes asked."
      const endsSentence = view.slice(q.end + 1, paragraph[close]!.end).trim() === '';
      if (!speaker && endsSentence && QUESTION_CLOSED.test(view.slice(paragraph[close]!.start, q.end + 1))) speaker = bare[close + 1];
      const sentenceIndex = paragraph[close]!.index;
      if (!speaker && /^[\s“"]*$/.test(view.slice(paragraph[open]!.start, q.start))) speaker = colonIntro.get(paragraph[open]!.index - 1);
      // "“...,” Okafor said. “We are ready.”" — an unattributed quote right after is still Okafor's.
      if (!speaker) speaker = carried(quoting[open - 1] ?? quoting[open - 2], paragraph[open]!, q.start, names);
      // "“...,” Okafor said. ¶ Reyes said the pier was shut. ¶ “It will take weeks.”": not Okafor's, since
      // someone else spoke in between.
      // (Looked at only for a quotation still without a speaker: this runs for every quotation.)
      const spokeBetween = (before: { speaker: Speaker; sentence: number }): boolean =>
        [...spokeIn].some(([at, who]) => at > before.sentence && at < paragraph[open]!.index && !sameSpeaker(who, before.speaker));
      if (!speaker && previousQuote && sentenceIndex - previousQuote.sentence <= 2 && !spokeBetween(previousQuote)) speaker = carried(previousQuote.speaker, paragraph[open]!, q.start, names);
      // "“..., Lima earns the gold,” the judge said": a description taken for the person named last is
      // not the person the words themselves name; the description stays the speaker.
      // Not for "the statement": a statement speaks of its author in the third person ("The family thanks ...").
      if (speaker?.name && speaker.role && /^the\s/.test(speaker.role) && !/\bstatement$/.test(speaker.role) && namedInClause(speaker.name, view.slice(q.start, q.end))) speaker = { role: speaker.role };
      const passage = spanning(paragraph[open]!, paragraph[close]!, view);
      out.push(withSpeaker({ source: passage.source, sentence: passage, start: q.start, end: q.end, form: 'direct' }, speaker));
      previousQuote = speaker ? { speaker, sentence: sentenceIndex } : undefined;
    }
  }
  return out;
}

type Speaker = { name?: string; role?: string };

/** The same speaker, or one named inside the other's words ("the EPA report" and "EPA", "Lima" and "Ana Lima"). */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  const x = (a.name ?? a.role ?? '').toLowerCase();
  const y = (b.name ?? b.role ?? '').toLowerCase();
  const within = (short: string, long: string): boolean => !!short && ` ${long} `.includes(` ${short} `);
  return x === y || within(x, y) || within(y, x);
}

/**
 * The speaker of the quotation before, carried to an unattributed one, unless the words that bring this
 * one in have another person for subject ("Tom Reyes posted: “...”" after Lima's words is not Lima's).
 */
function carried(speaker: Speaker | undefined, sentence: Sentence, quoteStart: number, names: NameBook): Speaker | undefined {
  if (!speaker) return undefined;
  // Only a name before the first verb, in the subject: "Pressed by host Ana Lima, Reyes dodged ...: “...”"
  // and "he swerved back to talking about Ana Lima: “...”" are still the speaker's.
  const cut = quoteStart - 1 - sentence.start;
  // "Tom Cooper posted:": a name the tagger took for a verb is a name here too.
  const tokens = retagNames(sentenceTokens(sentence));
  const verb = tokens.findIndex((t) => t.start >= cut || t.pos === 'VERB' || t.pos === 'AUX');
  const family = (name: string): string => name.split(/\s+/).pop()!.toLowerCase();
  // Names of two words or more the tagger reads as names (whether or not the articles name them twice).
  const before = verb < 0 ? tokens.length : verb;
  // Not an owner ("Ana Lima's “stupid plan” made ...": Reyes may still be calling it so).
  const owns = (r: { from: number; tokens: Token[] }): boolean => /^['’]s?$/.test(tokens[r.from + r.tokens.length]?.text ?? '');
  for (const { tokens: run } of nameRuns(tokens, before).filter((r) => r.tokens.length >= 2 && !owns(r))) {
    const name = names.resolve(sentence.text.slice(run[0]!.start, run[run.length - 1]!.end));
    if (!speaker.name || family(name) !== family(speaker.name)) return undefined;
  }
  return speaker;
}

/** A statement someone made: "in a statement", "issued a short statement", "released a statement". */
const STATEMENT_MENTION = /\b(?:[Ii]n|issued|released|put out|posted)\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?statement\b/u;

/** The named subject that opens a sentence mentioning a statement ("The Harbour Group dismissed ... in a statement"), if it names one. */
function statementAuthor(tokens: Token[], text: string, names: NameBook): string | undefined {
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subject = verb > 0 ? sentenceSubject(tokens, verb, text) : undefined;
  const name = subject?.speaker.name;
  return name && wholeName(name) && !subject!.speaker.pronoun ? names.resolve(name) : undefined;
}

/**
 * A name whose every word is capitalised but its joining words ("the Office of Roads and Ports"): not
 * a run the subject reader took past a relative clause ("The fraternity the men say they ...").
 */
function wholeName(name: string): boolean {
  return name.replace(/^the\s+/i, '').split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|&)$/.test(w));
}

/** A sentence (or its start up to a quotation's close) that ends on a quotation closed by "?" or "!". */
const QUESTION_CLOSED = /[?!]+\s*[”"»]\s*$/;

/**
 * Whether a sentence opens with its speaker and reporting verb ("Tom Reyes asked.", "The mayor wrote on
 * her page."): no more than five words before the first verb, none of them a verb or a pronoun other
 * than the subject's own.
 */
function opensWithAttribution(tokens: Token[]): boolean {
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb > 0 && verb <= 5 && tokens.slice(0, verb).every((t) => /^(?:PROPN|NOUN|DET|ADJ|PRON|PUNCT)$/.test(t.pos) && t.text !== ',');
}

/** A bare name after the closing mark ends the paragraph: “... go up and down.” Dr. Ana Lima */
/** A full name as a signature or a transcript's label writes it, its honorific aside: "Dr. Ana J. Lima". */
const LONE_NAME = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`;
const SIGNATURE = new RegExp(String.raw`^\s*[—–-]?\s*${LONE_NAME}\s*\.?\s*$`, 'u');

/** The person a quotation is signed by, when only a known full name follows it in its paragraph. */
function signedBy(view: string, from: number, to: number, names: NameBook): Speaker | undefined {
  const m = from < to ? SIGNATURE.exec(view.slice(from, to)) : null;
  if (!m) return undefined;
  const name = names.resolve(m[1]!);
  return names.isPerson(name) ? { name } : undefined;
}

/** A bare full name opening the paragraph just before the opening mark: Dr. Ana Lima “...” */
const LABEL = new RegExp(String.raw`^\s*${LONE_NAME}\s*:?\s*[“"]?$`, 'u');

/**
 * The person a transcript labels as speaking: a known full name alone before the quotation, which
 * runs to the paragraph's end (the broadcast transcript's "NAME “...”"), and nothing else.
 */
function labelledBy(view: string, from: number, to: number, names: NameBook): Speaker | undefined {
  const m = from < to ? LABEL.exec(view.slice(from, to)) : null;
  if (!m) return undefined;
  const name = names.resolve(m[1]!);
  return names.isPerson(name) ? { name } : undefined;
}

function byParagraph(sentences: Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const s of sentences) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** Part of a sentence (offsets in it), as a sentence of its own. */
function part(sentence: Sentence, from: number, to: number): Sentence {
  return { ...sentence, start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) };
}

/** The passage from one sentence's start to another's end, as a sentence of its own. */
function spanning(first: Sentence, last: Sentence, view: string): Sentence {
  if (first === last) return first;
  return { ...first, end: last.end, text: view.slice(first.start, last.end) };
}

function withSpeaker(mention: QuoteMention, speaker: Speaker | undefined): QuoteMention {
  const name = speaker?.name ?? speaker?.role;
  if (name) mention.speaker = name;
  if (speaker?.role && speaker.name) mention.role = speaker.role;
  return mention;
}

/**
 * The person a sentence is about, for later pronouns: a named person opening it ("Lena Voss, the
 * harbour master, warned ..."), else the name that heads its subject after a description or a
 * possessive ("Port archaeologist Dr Lena Voss described ...", "Reyes's sister, Ana Lima, emailed
 * ..."). Without the second, "He said:" in the next paragraph went to whoever was named before.
 */
function leadingPerson(tokens: Token[], text: string, names: NameBook): { name: string; role?: string } | undefined {
  const runs = nameRuns(tokens, 8);
  const first = runs[0];
  if (!first) return undefined;
  // "Reyes's sister, Ana Lima, ...": whose sister is not who acts (while "Lima's comments came ..."
  // keep Lima the one the sentence is about).
  const opening = ownsPerson(tokens, first.from + first.tokens.length) ? undefined : personIn(first.tokens, text, names);
  if (opening) return opening;
  // Only when the first name is no person (or owns what is named), and only before the sentence's first verb (its subject):
  // a name after a preposition ("in Porto") or owning something ("Reyes's") is not who acts.
  // "spokesman Col. Rob Manning issued ...": here names the tagger took for verbs are names too.
  const retagged = retagNames(tokens);
  const verb = retagged.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 0) return undefined;
  for (const run of nameRuns(retagged.slice(0, verb), verb).filter((r) => r.from > first.from)) {
    const after = tokens[run.from + run.tokens.length];
    // "the ministry's official Twitter account": a name before a noun qualifies it, and heads nothing.
    if (afterPreposition(tokens, run.from) || /^['’]s?$/.test(after?.text ?? '') || after?.pos === 'NOUN') continue;
    const person = personIn(run.tokens, text, names);
    if (person) return person;
  }
  return undefined;
}

/** Whether the token at `at` is a possessive "'s" whose noun is a person ("Reyes's half sister"). */
function ownsPerson(tokens: Token[], at: number): boolean {
  if (!/^['’]s?$/.test(tokens[at]?.text ?? '')) return false;
  const noun = tokens.slice(at + 1, at + 4).find((t) => t.pos === 'NOUN');
  return !!noun && isPersonNoun(noun.text.toLowerCase());
}

/** Whether a preposition governs the name at `from` ("in the Porto harbour"): walking back to a comma, another name or the start. */
function afterPreposition(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') return true;
    if (t.text === ',' || t.pos === 'PROPN') return false;
  }
  return false;
}

/** The capitalised proper-noun runs among the first `within` tokens, each with where it starts. */
function nameRuns(tokens: Token[], within: number): Array<{ from: number; tokens: Token[] }> {
  const runs: Array<{ from: number; tokens: Token[] }> = [];
  let current: { from: number; tokens: Token[] } | undefined;
  tokens.slice(0, within).forEach((t, k) => {
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) {
      if (!current) runs.push((current = { from: k, tokens: [] }));
      current.tokens.push(t);
    } else current = undefined;
  });
  return runs;
}

/** The person a run of names stands for, when the articles give them as a person's full name. */
function personIn(run: Token[], text: string, names: NameBook): { name: string; role?: string } | undefined {
  const speaker = readSpeakerPhrase(run, text);
  if (!speaker?.name) return undefined;
  // "Voss made her first comments ...": a surname alone, when the articles give the full name.
  const name = names.resolve(speaker.name);
  return names.isPerson(name) && !isBodyName(name, names) ? (speaker.role ? { name, role: speaker.role } : { name }) : undefined;
}
