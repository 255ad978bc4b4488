/**
 * Attribution: who a sentence says is speaking and, for reported speech, what they said. A
 * reporting verb outside the quoted parts gives a subject (subjects.ts) and a clause (clauses.ts);
 * else "according to" names the source. The speaker comes back as a phrase, as written:
 * speakers/resolveSpeaker.ts decides who it stands for.
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { isOutletName } from '../speakers/mediaAttribution.ts';
import { describesSpeaker } from '../speakers/descriptions.ts';
import { CALENDAR_NAMES } from '../../text/calendar.ts';
import { callsFor, isMistaggedVerb, QUOTING, REPORTING, reportsFinding, STRONG_SPEECH, THAT_SPEECH } from './reportingVerbs.ts';
import { QUOTE_PAIRS } from './quotationSpans.ts';
import { retagNames } from './retagNames.ts';
import { sentenceSubject, subjectBefore } from './subjects.ts';
import { estimatesClause } from './estimateClause.ts';
import { asideSubject } from './asideSubject.ts';
import { pointsOut } from './pointOut.ts';
import { subjectAfter } from './subjectAfter.ts';
import { clauseBefore, continuedClause, parentheticalClause, reportedClause, takesObject, TRAILING_ATTRIBUTION } from './clauses.ts';

export interface Attribution {
  speaker: SpeakerPhrase;
  /** For reported speech: the reported clause, relative to the sentence. */
  clause?: [number, number];
}

/**
 * Finds "SPEAKER said", "said SPEAKER" and "according to SPEAKER" outside the quoted
 * parts, preferring a person over a news outlet named by "according to". `followsQuestion`: the
 * sentence comes straight after a quotation closed on "?" or "!", which ended the sentence before.
 */
export function findAttribution(taggedTokens: Token[], text: string, quoted: Array<{ start: number; end: number }>, followsQuestion = false): Attribution | undefined {
  const tokens = retagNames(taggedTokens);
  // Every quotation in the sentence, short ones included, scanned once: speech inside quotes is not attribution.
  const marks = [...text.matchAll(QUOTE_PAIRS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const isInQuotes = (offset: number): boolean => marks.some((m) => offset > m.start && offset < m.end - 1);
  const insideQuote = (t: Token): boolean => quoted.some((q) => t.start >= q.start && t.end <= q.end) || isInQuotes(t.start);
  // An outlet as the speaker is kept only if no one else speaks in the sentence: in "The Gazette
  // reported that he criticised the plan" and "According to an official, CLAUSE, the Gazette
  // reports" the outlet is where the article got it (media attribution records that).
  let outlet: Attribution | undefined;
  let shown: Attribution | undefined;
  // "Lima privately urged the board to wait, according to people familiar with the talks": the
  // sentence is what those people report, Lima's urging included; they are its source, not Lima.
  const source = trailingSource(tokens, text, isInQuotes);
  if (source) return source;
  // "After we first reported it, the developer insisted that ...": a reporting verb in the clause that
  // opens the sentence is not the sentence's attribution when the main clause has one of its own.
  // The main clause is then read alone, as a sentence of its own (its subject set off by no comma).
  const openingEnd = OPENING_SUBORDINATOR.test(tokens[0]?.text ?? '') ? tokens.findIndex((t) => t.text === ',' && !insideQuote(t)) : -1;
  const reportsIn = (from: number, to: number): boolean => tokens.slice(from, to).some((t) => t.pos === 'VERB' && REPORTING.has(t.lemma) && !insideQuote(t));
  // (When the main clause names no speaker it can read, the sentence is read whole, as before.)
  const main = openingEnd > 1 && reportsIn(1, openingEnd) && reportsIn(openingEnd + 1, tokens.length) ? findAttribution(tokens.slice(openingEnd + 1), text, quoted, followsQuestion) : undefined;
  if (main) return main;
  const issuer = issuerBeforeColon(tokens, text, insideQuote);
  if (issuer) return issuer;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!(verb.pos === 'VERB' || isMistaggedVerb(tokens, i) || estimatesClause(tokens, i)) || insideQuote(verb)) continue;
    // "... reopening “under the right conditions,” months after Mayor Reyes said it would close": a
    // verb in a clause of time that comes after every quotation is no attribution of them.
    if (marks.length > 0 && timeClauseAfterQuotes(tokens, i, marks)) continue;
    // Not "went on the radio to ask ..." (the radio) or "failed to respond" (whose subject is not the sentence's).
    // "“Why?” Reyes asked.": after a quotation that a question or exclamation mark ended, the sentence
    // of the attribution alone has no mark of its own, and is still about a quotation.
    const quoting = QUOTING.has(verb.lemma) && (marks.length > 0 || followsQuestion) && tokens[i - 1]?.lemma !== 'to';
    // "“...,” the statement read": a document's text is what it says.
    const documentReads = verb.lemma === 'read' && marks.length > 0 && tokens[i - 1]?.pos === 'NOUN' && WRITTEN.test(tokens[i - 1]!.text);
    const pointed = pointsOut(tokens, i);
    if (!documentReads && !pointed && !REPORTING.has(verb.lemma) && !quoting && !callsFor(tokens, i) && !(THAT_SPEECH.has(verb.lemma) && (tokens[i + 1]?.lemma === 'that' || reportsFinding(tokens, i) || estimatesClause(tokens, i)))) continue;
    // "She never publicly declared it", "he did not say whether ...": a speech act denied is no one's
    // words, so its clause is not reported speech (the speaker is not given words they did not say).
    // A quotation's words are someone's whatever the verbs around them ("didn't say much, but did
    // add, “...”"): there the sentence's attribution stands as it was.
    if (marks.length === 0 && isNegated(tokens, i)) continue;
    // "He was accused of ...", "they were told to leave": in the passive the subject is who was spoken
    // to or about, not the speaker (the progressive "she is saying" is active). "We are told the depot
    // closed", "it was reported that ...": what follows is still reported speech, by no one named.
    if (isPassive(tokens, i)) {
      const clause = PASSIVE_REPORT.has(verb.lemma) && !insideQuote(verb) ? reportedClause(tokens, i, text) : undefined;
      if (clause) return { speaker: { text: verb.text, unnamed: true }, clause };
      continue;
    }
    // "Lima has added two officials to the team": "add" with an object is no speech ("he added
    // that ...", "..., he added", "adding: ..." are).
    if (verb.lemma === 'add' && !/^[,”"’]$/.test(tokens[i - 1]?.text ?? '') && /^(?:NUM|DET|NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') && !clauseFollows(tokens, i)) continue;
    // "The board added in a delay of a year": "add in" with an object is no speech either; "added in
    // a statement", "added in an interview" are.
    if (verb.lemma === 'add' && /^in$/i.test(tokens[i + 1]?.text ?? '') && /^(?:DET|NUM)$/.test(tokens[i + 2]?.pos ?? '') && !SPEECH_SETTING.test(tokens.slice(i + 3, i + 6).find((t) => t.pos === 'NOUN')?.text ?? '')) continue;
    // "Lima declined to name them, saying families were still being told": the sentence's subject speaks.
    // "Lima would not name her, but said she was a temporary worker": so does a second verb's.
    const secondVerb = tokens[i - 1]?.pos === 'CCONJ' && /^(but|and)$/i.test(tokens[i - 1]!.text);
    // "The woman hung up saying, “...”", "kept saying": a participle after a verb is the subject's too.
    const participle = (/ing$/.test(verb.text) && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.pos === 'VERB' || /^(up|out|off|away|back|down|over)$/i.test(tokens[i - 1]?.text ?? ''))) || secondVerb ? sentenceSubject(tokens, i, text) : undefined;
    // With a "that" clause any noun phrase reports ("the judiciary estimated that ...").
    // Not for "found evidence of ...": much besides people finds evidence ("the search found evidence").
    const anyNoun = STRONG_SPEECH.has(verb.lemma) || (THAT_SPEECH.has(verb.lemma) && tokens[i + 1]?.lemma === 'that');
    // "..., near the capital, said Ana Lima, a spokeswoman": a comma, the verb, then a name is an
    // inverted attribution, whatever noun phrase stands before the comma (a place in the clause
    // reported, not its speaker). A day after the verb is no name ("Lima, the mayor, said Monday"),
    // and "told" names its listener ("Lima, the mayor, told Reuters").
    const invertedName = INVERTING.has(verb.lemma) && tokens[i - 1]?.text === ',' && tokens[i + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i + 1]!.text) && !CALENDAR_NAME.test(tokens[i + 1]!.text) && !participle
      ? subjectAfter(tokens, i, text) : undefined;
    const nearest = issuerOfDocument(participle ?? (invertedName?.name ? undefined : subjectBefore(tokens, i, text, anyNoun) ?? asideSubject(tokens, i, text)), tokens, i, text);
    // "hearing a politician tell us, “...”", "watching a coach say ...": someone heard or seen saying
    // it, in general, is no speaker of these words ("hearing" is no part of a name either).
    if (nearest && [tokens[nearest.first], tokens[nearest.first - 1]].some((t) => !!t && PERCEIVING.test(t.text))) continue;
    // "Lima took to Facebook to accuse Reyes of ...", "went on television to say", "replied on her
    // page writing, ...": the noun before an infinitive or a participle is the object of a verb's
    // preposition, never its speaker; the sentence's subject speaks, or no one is named.
    const nonFinite = (tokens[i - 1]?.lemma === 'to' && tokens[i - 1]!.pos === 'PART') || /ing$/.test(verb.text);
    // "The board asked this committee to write the report", "urged residents to tell ...": the noun before an
    // infinitive that is another verb's object is who was asked to speak, not one who spoke; no one's words
    // here. With a quotation the words were said: by that object if it is a name ("led Lima to tell her
    // principal, “...”"), else by the sentence's subject ("Reyes took office to say “...”").
    const asked = !participle && nearest && tokens[i - 1]?.lemma === 'to' && tokens[i - 1]!.pos === 'PART' && objectOfVerb(tokens, nearest.first);
    if (asked && marks.length === 0) continue;
    const purpose = !participle && nearest && ((nonFinite && objectOfVerbsPreposition(tokens, nearest.first)) || (asked && !nearest.speaker.name));
    const subject = purpose ? sentenceSubject(tokens, i, text) : nearest;
    // Inversion only after a quotation or a comma ("“...,” said Okafor"), or opening a sentence before
    // a colon ("Says Okafor: “...”").
    const opensInversion = i === 0 && /^[A-Z]/.test(verb.text) && tokens.slice(1, 6).some((t) => t.text === ':');
    // "..., told Raddatz, “...”": after "told" comes who was told, never who spoke (English does not invert it).
    const inverted = invertedName?.name ? invertedName : subject || verb.lemma === 'tell' || !(/^[,“”"’]$/.test(tokens[i - 1]?.text ?? '') || opensInversion) ? undefined : subjectAfter(tokens, i, text);
    const said = subject?.speaker ?? inverted;
    if (!said) continue;
    // "When park rangers arrived, they said ...": "they" is the group this sentence just named,
    // not whoever spoke last in the article.
    const speaker = (said.pronoun === 'they' ? groupNamedBefore(tokens, i, text, insideQuote) : undefined) ?? said;
    if (speaker.pronoun && speaker.pronoun !== 'it') {
      // "Lima criticised the board ..., but she said ...": a person named earlier in the sentence comes first.
      // A name inside the quotation is what was said about, not who said it.
      // A title that opens with a capitalised number ("Two Tall Towers") is no one's name.
      // Nor is a possessive ("Romney's attack") or the object of a preposition ("met with Reyes", "in
      // Porto"): "he" takes the sentence's subject, as in "at the same time as Lima's speech, Reyes was
      // asked about it, but he said".
      const earlier = tokens.slice(0, i).filter((t, k) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !insideQuote(t) && !isTitleWord(tokens, k) && !isPossessiveOrObject(tokens, k));
      if (earlier.length) speaker.antecedent = earlier[0]!.text;
    }
    if (quoting && !REPORTING.has(verb.lemma)) return { speaker };
    // "“Says who?” said Cohen, whose job ...": a verb right after a closing quotation mark attributes
    // the quotation; what follows the speaker is about them, not what they said.
    if (marks.length > 0 && /^[”"’]$/.test(tokens[i - 1]?.text ?? '') && inverted) return { speaker };
    // "X said (that) CLAUSE", else "CLAUSE, X said on Monday." / "CLAUSE, said X."
    // "CLAUSE, said an officer who asked not to be named": after an inversion the words that follow the
    // verb are the speaker and what describes them; the words said come before.
    // "pointed out the pier was shut": the clause follows the particle.
    const after = inverted && !subject && tokens[i - 1]?.text === ',' ? undefined : reportedClause(tokens, pointed ? i + 1 : i, text);
    const before = after || (subject && takesObject(tokens, i)) ? undefined : clauseBefore(tokens, subject ? subject.first : i);
    // "The hope, officials say, is that the hull is intact": the whole sentence is what they said.
    const aside = !after && !before && subject ? parentheticalClause(tokens, subject.first, i) : undefined;
    const found: Attribution = after ? { speaker, clause: after } : before ? { speaker, clause: continuedClause(tokens, i, before) } : aside ? { speaker, clause: aside } : { speaker };
    // "This year's record shows that ..., said Ana Lima": what a finding shows is the speaker's
    // report when the sentence names one who said it; the finding speaks only when no one does.
    const finding = THAT_SPEECH.has(verb.lemma) && !REPORTING.has(verb.lemma);
    if (!(speaker.name && isOutletName(speaker.name))) {
      // Only an attribution set off by a comma or a quotation ("..., she said") takes the finding
      // over; "found that ... -- just as Lima said he had done" reports Lima inside the finding.
      const setOff = /^[,“”"’]$/.test(tokens[(subject ? subject.first : i) - 1]?.text ?? '');
      if (shown && !setOff) return shown;
      if (!finding) return found;
      shown ??= found;
      continue;
    }
    outlet ??= found;
  }
  if (shown) return shown;
  // The phrase ends at a comma, unless the comma is inside a list of capitalised words that makes
  // one name ("according to the Office of Roads, Rail and Ports").
  const according = /\b[Aa]ccording to ((?:[Tt]he |[Aa]n? )?[^,.;]+(?:(?:,\s+\p{Lu}[\p{L}-]*)+,?\s+(?:and|&)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?)/u.exec(text);
  if (according && !isInQuotes(according.index)) {
    const start = according.index + according[0].length - according[1]!.length;
    const phraseTokens = tokens.filter((t) => t.start >= start && t.end <= start + according[1]!.length);
    const speaker = accordingSpeaker(phraseTokens, text);
    if (speaker) {
      const clauseEnd = according.index;
      if (clauseEnd > 20) return { speaker, clause: [0, text.slice(0, clauseEnd).replace(/[\s,]+$/, '').length] };
      // "According to a senior official, CLAUSE."
      const after = start + according[1]!.length;
      const rest = /^\s*,\s*/.exec(text.slice(after));
      // "According to the city of Tarrow, which runs the pool, the pool will close": the relative
      // clause tells of the source; what it said follows it.
      const aside = rest ? /^(?:which|who|whose|where)\b[^,;“”"]*,\s*/i.exec(text.slice(after + rest[0].length)) : null;
      const from = after + (rest?.[0].length ?? 0) + (aside?.[0].length ?? 0);
      const body = rest ? text.slice(from).replace(/[.!?"”’\s]+$/, '').replace(TRAILING_ATTRIBUTION, '') : '';
      if (rest && body.split(/\s+/).length >= 4) return { speaker, clause: [from, from + body.length] };
      return outlet ?? { speaker };
    }
  }
  return outlet;
}

/**
 * "CLAUSE, according to SOURCE." closing a sentence with no quotation in it: the source and the
 * clause before it, when the source is no news outlet (media attribution records those).
 */
function trailingSource(tokens: Token[], text: string, isInQuotes: (offset: number) => boolean): Attribution | undefined {
  if (/[“”"]/.test(text)) return undefined;
  // "..., according to Ana Lima, a geologist at the institute.": a named source may close with who they are.
  const m = /,\s+according to\s+([^,;:]+?)[.!?]?\s*$/.exec(text) ?? DESCRIBED_SOURCE.exec(text);
  if (!m || m.index < 20 || isInQuotes(m.index)) return undefined;
  // "Lima's lawyer said CLAUSE, according to the Gazette": the words are the lawyer's, which the
  // source passes on (where the article got them, not who spoke).
  if (tokens.some((t) => t.end <= m.index && (t.lemma === 'say' || t.lemma === 'tell') && t.pos === 'VERB')) return undefined;
  const start = m.index + m[0].length - m[0].replace(/^,\s+according to\s+/, '').length;
  const phraseTokens = tokens.filter((t) => t.start >= start && t.end <= start + m[1]!.length);
  const speaker = accordingSpeaker(phraseTokens, text);
  if (!speaker || (speaker.name && isOutletName(speaker.name))) return undefined;
  // "according to Harbournews.com": read as a description that names no one who speaks; the
  // sentence's other readings (below) stand.
  if (!speaker.name && speaker.role && !describesSpeaker(speaker.role)) return undefined;
  return { speaker, clause: [0, m.index] };
}

/** Scriptures and traditions, which "according to" cites as no one's words ("according to legend", "the Bible"). */
const LORE = /^(?:the\s+)?(?:(?:Hebrew|Christian)\s+)?(?:Bible|Koran|Quran|Qur['’]an|Torah|Talmud|Gospels?|[Ss]criptures?|[Ll]egends?|[Ff]olklore|[Tt]radition|[Mm]yths?|[Mm]ythology|[Ll]ore)(?:\s+of\s+\p{Lu}\p{L}*)?$/u;

/**
 * ", according to NAME, DESCRIPTION." closing a sentence: a capitalised source and the apposition that
 * says who they are ("a geologist at ...", "the mayor", "director of ..."); not a list ("according to
 * police, firefighters and witnesses"), whose second part is no description of the first, nor a
 * relative clause ("who says ..."), which may report more.
 */
const DESCRIBED_SOURCE = /,\s+according to\s+(\p{Lu}[^,;:]*?),\s+(?:(?:an?|the)\s|(?!(?:who|whose|which|that|where|when)\s)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:of|at|for|with|in)\s)[^;:]*?[.!?]?\s*$/u;

/**
 * Who "according to" names: the noun phrase before what qualifies it ("police in Tarrow", "a study
 * published in May"), or the body a document comes from ("a report by the Weather Agency", "data
 * from the Statistics Office"); else the whole phrase less a closing time ("an email exchange in
 * September" names no speaker, not September).
 */
function accordingSpeaker(phrase: Token[], text: string): SpeakerPhrase | undefined {
  // "according to the Bible", "according to legend": a scripture or a tradition, which no one in the news said.
  if (LORE.test(phrase.map((t) => t.text).join(' '))) return undefined;
  // A lower-case verb or preposition ends the noun phrase; a capitalised one is part of a name ("the blog Harbour Notes").
  const breaks = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && (t.pos === 'VERB' || (t.pos === 'ADP' && !/^(of|for)$/i.test(t.text)));
  // Not a verb-looking last word after a noun: "the video's time stamp", "the agency's press release" are one noun.
  const cut = phrase.findIndex((t, k) => k > 0 && breaks(t) && !(t.pos === 'VERB' && k === phrase.length - 1 && phrase[k - 1]!.pos === 'NOUN'));
  if (cut > 0) {
    const headTokens = phrase.slice(0, cut);
    // Who is behind it: "officials at the Ministry", "a report (released) by the Weather Agency", "an
    // interview with Detective Ana Lima", "figures from the Statistics Office", up to what qualifies it in turn.
    const by = phrase.findIndex((t, k) => k >= cut && k <= cut + 2 && /^(by|from|with|at)$/i.test(t.text) && phrase.slice(cut, k).every((v) => v.pos === 'VERB' || v.pos === 'ADV'));
    const end = by > 0 ? phrase.findIndex((t, k) => k > by + 1 && breaks(t)) : -1;
    const agent = by > 0 ? readSpeakerPhrase(phrase.slice(by + 1, end > 0 ? end : phrase.length), text, true) : undefined;
    if (agent?.name || (agent && headTokens.some((t) => DOCUMENT.test(t.text)))) return agent;
    // Whatever "according to" names is a source, so any noun phrase will do.
    const head = readSpeakerPhrase(headTokens, text, true);
    if (head) return head;
  }
  // "a local economist's projections": the economist.
  const owner = phrase.findIndex((t, k) => k > 0 && /^['’]s$/.test(t.text));
  if (owner > 0 && owner === phrase.length - 2 && DOCUMENT.test(phrase[owner + 1]!.text)) return readSpeakerPhrase(phrase.slice(0, owner), text, true) ?? readSpeakerPhrase(phrase, text, true);
  let last = phrase.length;
  while (last > 0 && (CLOSING_TIME.test(phrase[last - 1]!.text) || phrase[last - 1]!.pos === 'NUM')) last--;
  const timed = last < phrase.length && last > 1 && phrase[last - 1]!.pos === 'ADP';
  return readSpeakerPhrase(timed ? phrase.slice(0, last - 1) : phrase, text, true);
}

/** Whether the name at tokens[k] owns something ("Lima's") or follows a preposition ("with Lima", "to Ana Lima"). */
function isPossessiveOrObject(tokens: Token[], k: number): boolean {
  let end = k;
  while (tokens[end + 1]?.pos === 'PROPN') end++;
  if (/^['’]s?$/.test(tokens[end + 1]?.text ?? '')) return true;
  let start = k;
  while (start > 0 && tokens[start - 1]!.pos === 'PROPN') start--;
  // "following the death of her cooking partner Paterson": a name after a description of it, in a
  // preposition's object, is the object's too.
  let described = start;
  const describing = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && (/^(?:NOUN|ADJ|DET|NUM)$/.test(t.pos) || (t.pos === 'VERB' && /ing$/.test(t.text)));
  while (described > 0 && describing(tokens[described - 1]!)) described--;
  if (described < start && /^(?:his|her|their|its|my|our)$/i.test(tokens[described - 1]?.text ?? '')) described--;
  return tokens[start - 1]?.pos === 'ADP' || (described < start && tokens[described - 1]?.pos === 'ADP');
}

/** Writings whose text "reads": "the statement read", "the letter reads". */
const WRITTEN = /^(?:statement|letter|message|note|post|release|notice|sign|tweet|email|e-mail|memo)$/i;
/** Verbs by which someone puts out a document: "issued a statement", "released a letter". */
const ISSUING = new Set(['issue', 'release', 'send', 'post', 'publish', 'put', 'file', 'deliver']);
/** A document put out, as the object of an issuing verb: "a statement", "a short written statement", "a news release". */
const ISSUED_DOCUMENT = /^(?:a|an|the|this|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|release|letter|note|post|tweet|memo|notice)$/iu;

/**
 * "Navy spokesman Tom Reyes issued a statement explaining that ...": the participle's nearest noun
 * phrase is the document, but the one who issued it is the sentence's subject, whose words they are.
 */
function issuerOfDocument(nearest: { speaker: SpeakerPhrase; first: number } | undefined, tokens: Token[], verbIndex: number, text: string): { speaker: SpeakerPhrase; first: number } | undefined {
  if (!nearest || !/ing$/.test(tokens[verbIndex]!.text) || tokens[verbIndex - 1]?.text === ',') return nearest;
  if (nearest.speaker.name || !ISSUED_DOCUMENT.test(nearest.speaker.role ?? '')) return nearest;
  const issuing = tokens[nearest.first - 1];
  if (!issuing || issuing.pos !== 'VERB' || !ISSUING.has(issuing.lemma)) return nearest;
  // "the nations released a joint statement pledging ...": a subject that names no speaker leaves the statement.
  const issuer = subjectBefore(tokens, nearest.first - 1, text, true);
  return issuer && (issuer.speaker.name || (issuer.speaker.role && describesSpeaker(issuer.speaker.role))) ? issuer : nearest;
}

/**
 * "Then the city released this statement: “...”": the one who put the document out speaks the
 * quotation that the colon brings in (as "Lima said: “...”" does), there or in the next paragraph.
 */
function issuerBeforeColon(tokens: Token[], text: string, insideQuote: (t: Token) => boolean): Attribution | undefined {
  const colon = tokens.findIndex((t) => t.text === ':' && !insideQuote(t));
  if (colon < 3) return undefined; // (tested first: most sentences have no colon, and the search below copied the whole sentence)
  let next: Token | undefined;
  for (let k = colon + 1; k < tokens.length && !next; k++) if (tokens[k]!.pos !== 'SPACE') next = tokens[k];
  // The quotation after the colon, or in the next paragraph when the colon ends the sentence.
  if (next && !/^[“"]/.test(next.text)) return undefined;
  for (let i = colon - 2; i > 0; i--) {
    const verb = tokens[i]!;
    if (verb.pos !== 'VERB' || !ISSUING.has(verb.lemma)) continue;
    const object = text.slice(tokens[i + 1]!.start, tokens[colon - 1]!.end).replace(/^(?:the\s+)?following\s+/i, 'a ');
    if (!ISSUED_DOCUMENT.test(object)) return undefined;
    const issuer = subjectBefore(tokens, i, text, true);
    return issuer && (issuer.speaker.name || issuer.speaker.role) ? { speaker: issuer.speaker } : undefined;
  }
  return undefined;
}

/** Words that open a sentence with a subordinate clause. */
const OPENING_SUBORDINATOR = /^(?:after|before|when|whenever|while|since|once|until|as|although|though|because|if)$/i;

/**
 * Whether the verb at `verbIndex` stands in a clause opened by "after", "before", "since", "until" or
 * "when" that begins after the last quotation has closed: that clause's subject said something else.
 */
function timeClauseAfterQuotes(tokens: Token[], verbIndex: number, marks: Array<{ start: number; end: number }>): boolean {
  const lastClose = Math.max(...marks.map((m) => m.end));
  for (let k = verbIndex - 1; k >= 0 && tokens[k]!.start >= lastClose; k--) {
    if (/^(?:after|before|since|until|when)$/i.test(tokens[k]!.text)) return true;
    // Only over the clause's subject: a verb, comma or other punctuation first is another clause.
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** Where words added in are words said: "added in a statement", "in an interview". */
const SPEECH_SETTING = /^(?:statement|interview|post|tweet|email|e-mail|letter|release|speech|remarks|message|note|briefing|conference|video|op-ed|column|filing|response|reply|comments?|blog|podcast|broadcast)$/i;
/** Gerunds of perceiving someone speak: "hearing a politician tell us", "seeing a coach say". */
const PERCEIVING = /^(?:hearing|seeing|watching|listening)$/i;

/** Verbs whose passive still reports what someone said: "we were told (that) ...", "it is reported that ...". */
const PASSIVE_REPORT = new Set(['tell', 'say', 'report', 'inform']);

/** "took to [Facebook]", "replied on her [page]": the phrase at `first` follows a verb's preposition (and a determiner or possessive). */
function objectOfVerbsPreposition(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || /^(?:his|her|their|its|our|my|your)$/i.test(tokens[k]!.text))) k--;
  if (tokens[k]?.pos !== 'ADP') return false;
  if (tokens[k - 1]?.pos === 'VERB') return true;
  // "released a statement to the Gazette saying ...", "sent a letter to the council saying ...": who a
  // verb's object went to is its addressee, never who speaks ("a letter from the council saying" is
  // the council's, so only "to").
  if (!/^to$/i.test(tokens[k]!.text) || tokens[k - 1]?.pos !== 'NOUN') return false;
  let j = k - 2;
  while (j >= k - 4 && j >= 0 && /^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[j]!.pos)) j--;
  return tokens[j]?.pos === 'VERB' && j < k - 1;
}

/** "asked [this committee]", "urged [the residents]": the phrase at `first` follows a verb, after a determiner or possessive. */
function objectOfVerb(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || /^(?:his|her|their|its|our|my|your)$/i.test(tokens[k]!.text))) k--;
  return tokens[k]?.pos === 'VERB';
}

/**
 * "not", "never" or "n't" just before the verb, over at most two adverbs ("never publicly declared",
 * "did not immediately say"); not "did not confirm until Sunday that ...", which says when it was said.
 */
function isNegated(tokens: Token[], verbIndex: number): boolean {
  if (tokens.slice(verbIndex + 1, verbIndex + 4).some((t) => t.lemma === 'until' || t.lemma === 'till')) return false;
  for (let k = verbIndex - 1; k >= Math.max(0, verbIndex - 3); k--) {
    const word = tokens[k]!.text.toLowerCase();
    if (word === 'not' || word === 'never' || word === "n't" || word === 'n’t') return true;
    if (tokens[k]!.pos !== 'ADV') return false;
  }
  return false;
}

/** Whether the verb at verbIndex is a past participle after a form of "be" ("was accused", "were told", "has been asked"). */
function isPassive(tokens: Token[], verbIndex: number): boolean {
  if (/ing$/i.test(tokens[verbIndex]!.text)) return false;
  let k = verbIndex - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return /^(?:is|are|was|were|be|been|being|'s|’s)$/i.test(tokens[k]?.text ?? '') && tokens[k]!.lemma === 'be';
}

/** A time closing an "according to" phrase ("in September", "on Monday"). */
/** Whether a finite verb follows before the next punctuation ("added the council would vote"), not only an object ("added two officials to the team"). */
function clauseFollows(tokens: Token[], verbIndex: number): boolean {
  for (let k = verbIndex + 1; k < tokens.length && tokens[k]!.pos !== 'PUNCT'; k++) {
    if ((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && tokens[k - 1]?.lemma !== 'to') return true;
  }
  return false;
}

/** The people a sentence names before its verb as a group ("park rangers", "the officials"), for a "they" that follows. */
function groupNamedBefore(tokens: Token[], verbIndex: number, text: string, insideQuote: (t: Token) => boolean): SpeakerPhrase | undefined {
  const group = tokens.slice(0, verbIndex).findLastIndex((t) => t.pos === 'NOUN' && PEOPLE_GROUP.test(t.text) && !insideQuote(t));
  if (group < 0) return undefined;
  let first = group;
  while (first > 0 && /^(?:PROPN|ADJ|NOUN)$/.test(tokens[first - 1]!.pos)) first--;
  const named = readSpeakerPhrase(tokens.slice(first, group + 1), text, true);
  return named?.role || named?.name ? named : undefined;
}

/** Plural nouns for people who speak as a group: the antecedent of "they" in the same sentence. */
const PEOPLE_GROUP = /^(?:officials|officers|police|rangers|authorities|investigators|prosecutors|residents|witnesses|researchers|scientists|doctors|nurses|firefighters|rescuers|soldiers|troops|lawmakers|senators|legislators|leaders|organisers|organizers|protesters|activists|workers|employees|parents|students|teachers|neighbours|neighbors|relatives|family|officers|experts|analysts|economists|agents|detectives|medics|paramedics|volunteers|villagers|locals)$/i;
/** The verbs English puts before their speaker: "..., said Lima", "..., added the mayor". */
const INVERTING = new Set(['say', 'add', 'write', 'explain', 'ask', 'note', 'continue', 'reply', 'recall', 'insist', 'admit']);
/** A day or month name: after "said" it is when, not who. */
const CALENDAR_NAME = new RegExp(`^(?:${CALENDAR_NAMES})$`, 'i');
const CLOSING_TIME = new RegExp(`^(?:${CALENDAR_NAMES}|last|this|the|week|month|year|,)$`, 'i');

/** Things that say something only through whoever wrote them. */
const DOCUMENT = /^(?:report|reports|study|studies|statement|data|figures|statistics|survey|analysis|estimates?|projections?|forecasts?|calculations?|compilations?|documents?|records|filing|release|tally|count|poll|review|assessment|investigation|interview)$/i;

/** Whether tokens[k] is part of a capitalised run opened by a number word ("Two Tall Towers"). */
function isTitleWord(tokens: Token[], k: number): boolean {
  let j = k;
  while (j > 0 && tokens[j - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j - 1]!.text)) j--;
  const before = tokens[j - 1];
  return !!before && before.pos === 'NUM' && /^\p{Lu}\p{Ll}+$/u.test(before.text);
}
