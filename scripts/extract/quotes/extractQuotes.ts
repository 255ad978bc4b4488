/**
 * Quotes: direct quotations (words in quotation marks) and reported speech ("X said
 * that ..."), each with its speaker. Short quoted terms ("destructive", "non-paper")
 * are scare quotes, not speech.
 */
import type { QuoteMention, Sentence } from '../../types.ts';
import type { Token } from '../../segment/tokens.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import type { NameBook } from '../speakers/nameBook.ts';
import { datelineLength } from '../../clean/dateline.ts';
import { mainOrganisation } from '../speakers/mainOrganisation.ts';
import { isOutletName } from '../speakers/mediaAttribution.ts';
import { CALENDAR_NAMES } from '../text/calendar.ts';
import { researchTeam, resolve, type SpeakerState } from '../speakers/resolveSpeaker.ts';

/** Reporting verbs (general English). */
const REPORTING = new Set([
  'say', 'tell', 'state', 'add', 'note', 'warn', 'insist', 'claim', 'argue', 'announce', 'confirm', 'explain', 'acknowledge', 'deny',
  'write', 'tweet', 'declare', 'report', 'stress', 'underline', 'emphasize', 'emphasise', 'assure', 'caution', 'predict', 'admit',
  'suggest', 'recall', 'conclude', 'testify', 'allege', 'indicate', 'maintain', 'contend', 'concede', 'reiterate',
  // "accused X of ...": what the speaker charges is what they said.
  'accuse',
  // Not "estimate" or "project": "an estimated 3,000" is far commoner in news than someone estimating.
  ...['urge', 'criticise', 'criticize', 'hint', 'denounce', 'condemn', 'praise', 'deny', 'warn', 'vow', 'pledge', 'demand'],
]);
/**
 * Speech acts whose content is often a noun phrase, not a clause: "warned of complacency",
 * "urged caution", "criticised the plan for ...", "estimated the cost at ...".
 */
const OBJECT_SPEECH = new Set(['warn', 'urge', 'criticise', 'criticize', 'hint', 'denounce', 'condemn', 'praise', 'deny', 'accuse', 'vow', 'pledge', 'demand']);
/**
 * Verbs that report only with a "that" clause: "researchers found that ...", "the agency estimated
 * that ..."; without it they are commoner as something else ("an estimated 300", "found the car").
 */
const THAT_SPEECH = new Set(['find', 'estimate', 'project', 'believe', 'calculate', 'determine', 'reveal', 'show', 'observe', 'forecast']);
/** What research finds as a noun: "the researchers found a link between ...", "found no evidence of ...". */
const FINDINGS = /^(link|association|correlation|connection|relationship|evidence|difference|increase|decrease|rise|drop|reduction|risk)$/;
/** "found a link between ...", "found no evidence of ...": research reporting its finding as a noun. */
function reportsFinding(tokens: Token[], verbIndex: number): boolean {
  if (tokens[verbIndex]!.lemma !== 'find') return false;
  const next = tokens[verbIndex + 1];
  const noun = next?.pos === 'DET' ? tokens[verbIndex + 2] : next;
  return FINDINGS.test(noun?.lemma ?? '');
}
/** Verbs that only a speaker can be the subject of: with these, any noun phrase ("the coast guard") speaks. */
/**
 * Ways of speaking that introduce a direct quotation ("“Run!” she shouted", "he asked: “Why?”") but
 * without one are mostly something else ("asked the court to ...", "shouted at the crowd"): they
 * attribute a quotation in their sentence and never report a clause.
 */
const QUOTING = new Set(['ask', 'reply', 'respond', 'answer', 'yell', 'shout', 'scream', 'cry', 'whisper', 'exclaim', 'chant', 'joke', 'quip', 'remark', 'recount', 'boast', 'complain', 'plead', 'sob', 'mutter', 'snap', 'laugh']);
const STRONG_SPEECH = new Set(['say', 'tell', 'state', 'announce', 'tweet', 'write', 'testify', 'declare']);
/**
 * Trailing media attribution inside a reported clause: ", as the Globe reported", ", according to NPR",
 * ", per the Times", ", the Harbour Gazette reports".
 */
const TRAILING_ATTRIBUTION = /,?\s+(?:as\s+[^,]+?\s+(?:reported|reports|noted|wrote|said)|according to\s+[^,]+|per\s+(?:the\s+)?[A-Z][^,]*|(?:adds|says|writes|notes|reports)\s+(?:the\s+)?[A-Z][^,]*)\s*$|,\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s+(?:reported|reports|adds|added|writes|wrote|notes|noted)\s*$/;
/** Shortest quotation that counts as speech rather than a quoted term. */
const MIN_QUOTE_WORDS = 4;
/**
 * Curly pairs may run over lines; a straight or mixed pair ("...” — copy-editing slips) stays
 * on one line, since a stray straight quote would otherwise swallow paragraphs.
 */
const QUOTE_PAIRS = /“([^”“]+)”|[“"]([^"“”\n]+)["”]|«([^»]+)»/g;

/** Quotes of one article, read paragraph by paragraph so a quotation may run over several sentences. */
export function extractQuotes(sentences: Sentence[], view: string, names: NameBook): QuoteMention[] {
  const out: QuoteMention[] = [];
  let organisation: { name?: string } | undefined;
  let team: { name?: string } | undefined;
  const state: SpeakerState = {
    seen: [],
    people: [],
    organisation: () => (organisation ??= { name: mainOrganisation(sentences, names) }).name,
    researchTeam: () => (team ??= { name: researchTeam(sentences, names) }).name,
  };
  let previousQuote: { speaker: Speaker; sentence: number } | undefined;
  for (const paragraph of byParagraph(sentences)) {
    const quotes = quotationSpans(view, paragraph[0]!.start, paragraph[paragraph.length - 1]!.end);
    const speakers: Array<Speaker | undefined> = [];
    // Speakers of sentences with quotation marks, even a short quote ("“This is serious,” Fuller said."):
    // an unattributed quotation just after continues them.
    const quoting: Array<Speaker | undefined> = [];
    paragraph.forEach((sentence) => {
      const tokens = sentenceTokens(sentence);
      const inHere = quotes
        .filter((q) => q.start < sentence.end && q.end > sentence.start)
        .map((q) => ({ start: Math.max(q.start, sentence.start) - sentence.start, end: Math.min(q.end, sentence.end) - sentence.start }));
      const attribution = findAttribution(tokens, sentence.text, inHere);
      const speaker = attribution && resolve(attribution.speaker, state, names, sentence.index);
      speakers.push(speaker);
      quoting.push(speaker && /[“”"«»]/.test(sentence.text) ? speaker : undefined);
      if (inHere.length === 0 && attribution?.clause && speaker) {
        let [cs, ce] = attribution.clause;
        // "PORTO (Reuters) - The ferry will ..., officials said": the dateline is not what they said.
        if (sentence.index <= 1 && cs === 0) cs = Math.min(ce, datelineLength(sentence.text));
        out.push(withSpeaker({ source: sentence.source, sentence, start: sentence.start + cs, end: sentence.start + ce, form: 'reported' }, speaker));
      }
      if (speaker) {
        state.seen.push(speaker);
      }
      // "he" and "she" take a person: "Washington denies this claim. ... He accused" is not Washington,
      // while a name with a role ("rescue official Supriyadi") is someone, even with one name.
      const isPerson = speaker?.name && (names.mayBePerson(speaker.name) || speaker.role) && !isOutletName(speaker.name);
      const person = isPerson ? speaker : leadingPerson(tokens, sentence.text, names);
      if (person) {
        state.people.push(person);
        state.lastAt = sentence.index;
      }
    });
    for (const q of quotes) {
      const open = paragraph.findIndex((s) => q.start >= s.start && q.start < s.end);
      const close = paragraph.findIndex((s) => q.end > s.start && q.end <= s.end + 1);
      if (open < 0 || close < 0) continue;
      // The attribution usually follows the quote ("“...,” Okafor said"); else it introduces it.
      let speaker = speakers[close] ?? speakers[open] ?? signedBy(view, q.end + 1, paragraph[paragraph.length - 1]!.end, names);
      const sentenceIndex = paragraph[close]!.index;
      // "“...,” Okafor said. “We are ready.”" — an unattributed quote right after is still Okafor's.
      if (!speaker) speaker = quoting[open - 1] ?? quoting[open - 2];
      if (!speaker && previousQuote && sentenceIndex - previousQuote.sentence <= 2) speaker = previousQuote.speaker;
      const passage = spanning(paragraph[open]!, paragraph[close]!, view);
      out.push(withSpeaker({ source: passage.source, sentence: passage, start: q.start, end: q.end, form: 'direct' }, speaker));
      previousQuote = speaker ? { speaker, sentence: sentenceIndex } : undefined;
    }
  }
  return out;
}

type Speaker = { name?: string; role?: string };

/** A bare name after the closing mark ends the paragraph: “... go up and down.” Dr. Ana Lima */
const SIGNATURE = /^\s*[—–-]?\s*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\.?\s*$/u;

/** The person a quotation is signed by, when only a known full name follows it in its paragraph. */
function signedBy(view: string, from: number, to: number, names: NameBook): Speaker | undefined {
  const m = from < to ? SIGNATURE.exec(view.slice(from, to)) : null;
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

/** Inner spans (absolute) of quotations of at least MIN_QUOTE_WORDS words in view[from, to). */
function quotationSpans(view: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of view.slice(from, to).matchAll(QUOTE_PAIRS)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const start = from + m.index + 1;
    spans.push({ start, end: start + inner.length });
  }
  return spans;
}

interface Attribution {
  speaker: SpeakerPhrase;
  /** For reported speech: the reported clause, relative to the sentence. */
  clause?: [number, number];
}

/**
 * Finds "SPEAKER said", "said SPEAKER" and "according to SPEAKER" outside the quoted
 * parts, preferring a person over a news outlet named by "according to".
 */
function findAttribution(tokens: Token[], text: string, quoted: Array<{ start: number; end: number }>): Attribution | undefined {
  // Every quotation in the sentence, short ones included, scanned once: speech inside quotes is not attribution.
  const marks = [...text.matchAll(QUOTE_PAIRS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const isInQuotes = (offset: number): boolean => marks.some((m) => offset > m.start && offset < m.end - 1);
  const insideQuote = (t: Token): boolean => quoted.some((q) => t.start >= q.start && t.end <= q.end) || isInQuotes(t.start);
  // An outlet as the speaker is kept only if no one else speaks in the sentence: in "The Gazette
  // reported that he criticised the plan" and "According to an official, CLAUSE, the Gazette
  // reports" the outlet is where the article got it (media attribution records that).
  let outlet: Attribution | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!(verb.pos === 'VERB' || isMistaggedVerb(tokens, i)) || insideQuote(verb)) continue;
    // Not "went on the radio to ask ..." (the radio) or "failed to respond" (whose subject is not the sentence's).
    const quoting = QUOTING.has(verb.lemma) && marks.length > 0 && tokens[i - 1]?.lemma !== 'to';
    if (!REPORTING.has(verb.lemma) && !quoting && !(THAT_SPEECH.has(verb.lemma) && (tokens[i + 1]?.lemma === 'that' || reportsFinding(tokens, i)))) continue;
    // "Lima declined to name them, saying families were still being told": the sentence's subject speaks.
    // "Lima would not name her, but said she was a temporary worker": so does a second verb's.
    const secondVerb = tokens[i - 1]?.pos === 'CCONJ' && /^(but|and)$/i.test(tokens[i - 1]!.text);
    // "The woman hung up saying, “...”", "kept saying": a participle after a verb is the subject's too.
    const participle = (/ing$/.test(verb.text) && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.pos === 'VERB' || /^(up|out|off|away|back|down|over)$/i.test(tokens[i - 1]?.text ?? ''))) || secondVerb ? sentenceSubject(tokens, i, text) : undefined;
    // With a "that" clause any noun phrase reports ("the judiciary estimated that ...").
    // Not for "found evidence of ...": much besides people finds evidence ("the search found evidence").
    const anyNoun = STRONG_SPEECH.has(verb.lemma) || (THAT_SPEECH.has(verb.lemma) && tokens[i + 1]?.lemma === 'that');
    const subject = participle ?? subjectBefore(tokens, i, text, anyNoun);
    // Inversion only after a quotation or a comma ("“...,” said Okafor"), or opening a sentence before
    // a colon ("Says Okafor: “...”").
    const opensInversion = i === 0 && /^[A-Z]/.test(verb.text) && tokens.slice(1, 6).some((t) => t.text === ':');
    const inverted = subject || !(/^[,“”"’]$/.test(tokens[i - 1]?.text ?? '') || opensInversion) ? undefined : subjectAfter(tokens, i, text);
    const speaker = subject?.speaker ?? inverted;
    if (!speaker) continue;
    if (speaker.pronoun) {
      // "Lima criticised the board ..., but she said ...": a person named earlier in the sentence comes first.
      // A name inside the quotation is what was said about, not who said it.
      // A title that opens with a capitalised number ("Two Tall Towers") is no one's name.
      const earlier = tokens.slice(0, i).filter((t, k) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !insideQuote(t) && !isTitleWord(tokens, k));
      if (earlier.length) speaker.antecedent = earlier[0]!.text;
    }
    if (quoting && !REPORTING.has(verb.lemma)) return { speaker };
    // "X said (that) CLAUSE", else "CLAUSE, X said on Monday." / "CLAUSE, said X."
    const after = reportedClause(tokens, i, text);
    const before = after || (subject && takesObject(tokens, i)) ? undefined : clauseBefore(tokens, subject ? subject.first : i);
    const found: Attribution = after ? { speaker, clause: after } : before ? { speaker, clause: continuedClause(tokens, i, before) } : { speaker };
    if (!(speaker.name && isOutletName(speaker.name))) return found;
    outlet ??= found;
  }
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
      const body = rest ? text.slice(after + rest[0].length).replace(/[.!?"”’\s]+$/, '').replace(TRAILING_ATTRIBUTION, '') : '';
      if (rest && body.split(/\s+/).length >= 4) return { speaker, clause: [after + rest[0].length, after + rest[0].length + body.length] };
      return outlet ?? { speaker };
    }
  }
  return outlet;
}

/**
 * Who "according to" names: the noun phrase before what qualifies it ("police in Tarrow", "a study
 * published in May"), or the body a document comes from ("a report by the Weather Agency", "data
 * from the Statistics Office"); else the whole phrase less a closing time ("an email exchange in
 * September" names no speaker, not September).
 */
function accordingSpeaker(phrase: Token[], text: string): SpeakerPhrase | undefined {
  // A lower-case verb or preposition ends the noun phrase; a capitalised one is part of a name ("the blog Harbour Notes").
  const breaks = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && (t.pos === 'VERB' || (t.pos === 'ADP' && !/^(of|for)$/i.test(t.text)));
  const cut = phrase.findIndex((t, k) => k > 0 && breaks(t));
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

/** A time closing an "according to" phrase ("in September", "on Monday"). */
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

/** "Norland claims that ...": the tagger reads "claims" as a noun, but a noun does not follow a name and take "that". */
function isMistaggedVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN') return false;
  if (/s$/.test(t.text) && tokens[i + 1]?.lemma === 'that' && /^(PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '')) return true;
  // "The policy states: “...”": a noun's verb before a colon.
  if (/s$/.test(t.text) && tokens[i + 1]?.text === ':' && REPORTING.has(t.lemma) && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return true;
  // "..., the authors note.": a closing attribution whose verb the tagger took for a noun.
  const closing = tokens[i + 1]?.text === '.' && i + 2 === tokens.length && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '');
  return closing && REPORTING.has(t.lemma) && tokens.slice(Math.max(0, i - 5), i).some((x) => x.text === ',');
}

/** The noun phrase that opens the sentence, up to its first verb: "About 20 members rallied ...". */
function sentenceSubject(tokens: Token[], before: number, text: string): { speaker: SpeakerPhrase; first: number } | undefined {
  let end = 0;
  while (end < before && end < 10 && tokens[end]!.pos !== 'VERB' && tokens[end]!.pos !== 'AUX' && tokens[end]!.pos !== 'PUNCT') end++;
  if (end === 0 || !/^(VERB|AUX)$/.test(tokens[end]?.pos ?? '')) return undefined;
  // "Officials on Friday suspended ...": the subject ends before its circumstances.
  let last = 0;
  while (last < end && tokens[last]!.pos !== 'ADP' && !isTimeWord(tokens[last])) last++;
  if (last === 0) return undefined;
  const speaker = readSpeakerPhrase(tokens.slice(0, last), text, true);
  return speaker ? { speaker, first: before } : undefined;
}

/** Walks back from the verb over time words and adverbs to the subject noun phrase; `first` is its first token. */
function subjectBefore(tokens: Token[], verbIndex: number, text: string, anyNoun = false): { speaker: SpeakerPhrase; first: number } | undefined {
  let j = verbIndex - 1;
  // "Rep. Ana Lima (D-Norland) said": the party and state in brackets are no part of the name.
  if (tokens[j]?.text === ')') {
    let open = j - 1;
    while (open > 0 && j - open < 8 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(') j = open - 1;
  }
  // "Ana Lima, 67, said", "Ana Lima, of Porto, 67, said": an age or a home town between commas is
  // no part of the subject.
  let skipped = false;
  for (let n = 0; n < 2 && tokens[j]?.text === ','; n++) {
    if (tokens[j - 1]?.pos === 'NUM' && tokens[j - 2]?.text === ',') { j -= 2; skipped = true; continue; }
    let k = j - 1;
    while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
    if (k < j - 1 && tokens[k]?.lemma === 'of' && tokens[k - 1]?.text === ',') { j = k - 1; skipped = true; continue; }
    break;
  }
  if (skipped) j--;
  // "Okafor has continued to say", "Lima repeatedly sought to assure": the speaker is the subject of the helper verb.
  if (tokens[j]?.lemma === 'to' && /^(continue|seek|try|repeat|keep)$/.test(tokens[j - 1]?.lemma ?? '')) j -= 2;
  // "Okafor on Wednesday confirmed", "Reyes has also said", "Lima had said"
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART' && tokens[j]!.lemma !== "'s" || isTimeWord(tokens[j]!) || (tokens[j]!.lemma === 'on' && isTimeWord(tokens[j + 1])))) j--;
  // "... confirmed by spokeswoman Amara Okafor, who said the moves were temporary": "who" is the name before it.
  if (/^who$/i.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') {
    const nameEnd = j - 2;
    let n = nameEnd;
    while (n >= 0 && isNounPhraseWord(tokens[n]!) && tokens[n]!.pos !== 'DET') n--;
    const named = n < nameEnd ? readSpeakerPhrase(tokens.slice(n + 1, nameEnd + 1), text) : undefined;
    return named?.name ? { speaker: named, first: verbIndex } : undefined;
  }
  if (tokens[j]?.text === ',') {
    // "rescue official Supriyadi, who like many uses one name, said": the subject is before the relative clause.
    const relative = relativeClauseComma(tokens, j);
    if (relative !== undefined) j = relative - 1;
    else {
      // Appositive: "Tom Reyes, the fire chief, stated" -> name before the commas, role between.
      const roleEnd = j - 1;
      let k = roleEnd;
      while (k >= 0 && isRoleWord(tokens[k]!, tokens[k + 1])) k--;
      if (k === roleEnd || tokens[k]?.text !== ',') return undefined;
      // "Ana Lima, a former reporter, party strategist and Norbank supporter, said": a list of roles
      // between the name and the verb; walk back over up to two more of them to the name.
      // Not when that last part is itself the name ("a Transport Ministry spokesman, Tom Reyes, said").
      const lastIsName = tokens.slice(k + 1, roleEnd + 1).every((t) => t.pos === 'PROPN');
      // Taken only when a name is found there; else the first comma stands.
      let walked = k;
      let found = lastIsName || endsWithName(tokens, walked - 1, text);
      for (let more = 0; more < 2 && !found; more++) {
        let earlier = walked - 1;
        while (earlier >= 0 && isRoleWord(tokens[earlier]!, tokens[earlier + 1])) earlier--;
        if (earlier === walked - 1 || tokens[earlier]?.text !== ',') break;
        walked = earlier;
        found = endsWithName(tokens, walked - 1, text);
      }
      if (walked !== k && found) k = walked;
      const nameEnd = k - 1;
      const n = nounPhraseStart(tokens, nameEnd) - 1;
      const named = n < nameEnd ? readSpeakerPhrase(tokens.slice(n + 1, nameEnd + 1), text, true) : undefined;
      if (!named?.name) {
        // The other way round: "Another official, Ardi, said": a description, then the name.
        const between = readSpeakerPhrase(tokens.slice(k + 1, roleEnd + 1), text);
        const isName = between?.name && !between.role && tokens.slice(k + 1, roleEnd + 1).every((t) => t.pos === 'PROPN');
        if (!isName || !named?.role) return undefined;
        return { speaker: { text: text.slice(tokens[n + 1]!.start, tokens[roleEnd]!.end), name: between.name, role: named.role }, first: n + 1 };
      }
      // The appositive is the role, whole: "director of the Port Authority of Norland".
      const role = text.slice(tokens[k + 1]!.start, tokens[roleEnd]!.end);
      return { speaker: { text: text.slice(tokens[n + 1]!.start, tokens[roleEnd]!.end), name: named.name, role }, first: n + 1 };
    }
  }
  const end = j;
  while (j >= 0 && (isNounPhraseWord(tokens[j]!) || joinsNameParts(tokens, j))) j--;
  if (end < 0 || j === end) return undefined;
  // "a source close to the investigation", "an official briefed on the case", "people familiar with the matter":
  // the speaker is the noun before the qualifying phrase, not the investigation.
  // The qualifier is an adjective or a participle ("close", "briefed", "operating"), never a finite
  // verb: in "the breakthrough came as officials said", "officials" speak.
  let qualifierAt: number | undefined;
  const qualifier = tokens[j - 1];
  if (tokens[j]?.pos === 'ADP' && qualifier && (qualifier.pos === 'ADJ' || (qualifier.pos === 'VERB' && /(?:ed|ing)$/.test(qualifier.text))) && tokens[j - 2]?.pos === 'NOUN') {
    qualifierAt = j - 1;
    j -= 2;
    while (j >= 0 && isNounPhraseWord(tokens[j]!)) j--;
  }
  let first = j + 1;
  if (end - first + 1 > 8) first = end - 7;
  const phrase = tokens.slice(first, end + 1);
  if (phrase.every((t) => t.pos === 'DET')) return undefined;
  if (qualifierAt !== undefined && qualifierAt > first) {
    // "crews working on the Ember River": a name inside the qualifier is not the speaker's.
    const head = readSpeakerPhrase(tokens.slice(first, qualifierAt), text, true);
    if (!head) return undefined;
    const whole = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
    return { speaker: head.name ? { ...head, text: whole } : { text: whole, role: whole }, first };
  }
  const speaker = readSpeakerPhrase(phrase, text, anyNoun);
  return speaker ? { speaker, first } : undefined;
}

/** Whether the noun phrase that ends at tokens[end] reads as a name ("Ana Lima", "rescue official Ardi"). */
function endsWithName(tokens: Token[], end: number, text: string): boolean {
  const n = nounPhraseStart(tokens, end) - 1;
  // "a professor at Tarrow University in Porto, Norland": a place inside the role, not a name.
  const placeWord = (t: Token | undefined): boolean => !!t && /^(?:in|at|near|from|of)$/i.test(t.text);
  const place = placeWord(tokens[n]) || (tokens[n]?.text === ',' && tokens[n - 1]?.pos === 'PROPN' && !isTimeWord(tokens[n - 1]) && placeWord(tokens[n - 2]));
  return n < end && !place && !!readSpeakerPhrase(tokens.slice(n + 1, end + 1), text, true)?.name;
}

/** Where the noun phrase that ends at tokens[end] begins (end + 1 when tokens[end] is no noun-phrase word). */
function nounPhraseStart(tokens: Token[], end: number): number {
  let n = end;
  while (n >= 0 && isNounPhraseWord(tokens[n]!)) n--;
  return n + 1;
}

/** A comma, "and", "of" or "for" between capitalised words of one organisation's name: "Office of Roads, Rail and Ports". */
function joinsNameParts(tokens: Token[], i: number): boolean {
  const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && isNounPhraseWord(t);
  if (!capitalised(tokens[i - 1]) || !capitalised(tokens[i + 1])) return false;
  if (/^(and|&|of|for)$/.test(tokens[i]!.text)) return true;
  // A comma joins only inside a serial list that closes with "and": "Roads, Rail and Ports".
  if (tokens[i]!.text !== ',') return false;
  for (let k = i + 1; k < tokens.length && k < i + 8; k++) {
    if (/^(and|&)$/.test(tokens[k]!.text)) return capitalised(tokens[k + 1]);
    if (!capitalised(tokens[k]) && tokens[k]!.text !== ',') return false;
  }
  return false;
}

/** For ", who ... ," or ", which ... ," ending at `comma`: the index of the comma that opens it. */
function relativeClauseComma(tokens: Token[], comma: number): number | undefined {
  for (let k = comma - 1; k > 0 && comma - k <= 20; k--) {
    if (tokens[k]!.text === ',') return /^(who|which)$/i.test(tokens[k + 1]?.text ?? '') ? k : undefined;
  }
  return undefined;
}

/** Words of a role in an appositive: "Indonesia's acting Director General of Air Transportation". */
function isRoleWord(t: Token, next?: Token): boolean {
  // "lead delegate", "acting director": a verb form used as a modifier of the role's noun.
  if (t.pos === 'VERB' && next?.pos === 'NOUN' && /^(?:lead|acting|managing|leading|presiding|outgoing|incoming|serving|ruling|governing|deputy)$/i.test(t.text)) return true;
  // A capitalised word inside a role is part of a name, whatever its tag: "the Harbour Working Group".
  if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && /^(PROPN|NOUN)$/.test(next?.pos ?? '')) return true;
  // "director of the centre at Norland University in Porto"
  return isNounPhraseWord(t) || t.lemma === 'of' || t.lemma === 'for' || t.lemma === 'at' || t.lemma === 'in' || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || t.pos === 'CCONJ' && t.lemma === 'and';
}

/**
 * "Some crew needed treatment, Lima said, with two in stable condition": what follows ", with" (or
 * "while", "adding") is said too, so the passage runs on to the sentence's end.
 */
function continuedClause(tokens: Token[], verbIndex: number, clause: [number, number]): [number, number] {
  let j = verbIndex + 1;
  while (j < tokens.length && tokens[j]!.text !== ',' && j - verbIndex <= 6) j++;
  const link = tokens[j + 1];
  if (tokens[j]?.text !== ',' || !link || !/^(with|while|adding|and)$/i.test(link.text)) return clause;
  const rest = tokens.slice(j + 2).filter((t) => t.pos !== 'PUNCT');
  if (rest.length < 3) return clause;
  return [clause[0], rest[rest.length - 1]!.end];
}

/**
 * "After the vote, Norbank announced a new plan": the verb has an object, so what comes before
 * the subject is a circumstance, not what was said ("..., Lima told reporters" excepted).
 */
function takesObject(tokens: Token[], verbIndex: number): boolean {
  const next = tokens[verbIndex + 1];
  if (!next || tokens[verbIndex]!.lemma === 'tell') return false;
  if (next.pos === 'DET') return !/^(this|last|next)$/i.test(next.text) || !isTimeNoun(tokens[verbIndex + 2]);
  return next.pos === 'NOUN' && !isTimeNoun(next);
}

function isTimeNoun(t: Token | undefined): boolean {
  return !!t && /^(morning|afternoon|evening|night|week|weekend|month|year|day|time)s?$/i.test(t.text);
}

/**
 * "CLAUSE, X said on Monday." The clause before the comma that opens the attribution, when
 * it reads as a clause (a verb of its own, a few words).
 */
function clauseBefore(tokens: Token[], subjectFirst: number): [number, number] | undefined {
  // "CLAUSE, as the Harbour Gazette reported.": the same, with "as".
  const commaAt = tokens[subjectFirst - 1]?.lemma === 'as' ? subjectFirst - 2 : subjectFirst - 1;
  const comma = tokens[commaAt];
  if (!comma || comma.text !== ',' || commaAt < 4) return undefined;
  const body = tokens.slice(0, commaAt);
  // A verb of its own, or enough words that the tagger must have missed it ("The cuts cost the
  // region 500 jobs, Lima said": "cost" read as a noun); nothing else ends in a bare "X said".
  const words = body.filter((t) => t.pos !== 'PUNCT').length;
  if (!body.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && words < 7) return undefined;
  const first = body.find((t) => !/^[“”"‘’']$/.test(t.text));
  const last = body[body.length - 1]!;
  if (!first || last.end - first.start < 20) return undefined;
  return [first.start, last.end];
}

/** A named person at the start of a sentence ("Lena Voss, the harbour master, warned ..."), for later pronouns. */
function leadingPerson(tokens: Token[], text: string, names: NameBook): { name: string; role?: string } | undefined {
  const run: Token[] = [];
  for (const t of tokens.slice(0, 8)) {
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) run.push(t);
    else if (run.length) break;
  }
  if (run.length === 0) return undefined;
  const speaker = readSpeakerPhrase(run, text);
  if (!speaker?.name) return undefined;
  // "Voss made her first comments ...": a surname alone, when the articles give the full name.
  const name = names.resolve(speaker.name);
  return names.isPerson(name) ? (speaker.role ? { name, role: speaker.role } : { name }) : undefined;
}

/** "..., said Okafor" */
function subjectAfter(tokens: Token[], verbIndex: number, text: string): SpeakerPhrase | undefined {
  let j = verbIndex + 1;
  const start = j;
  // "..., says his mother Ana Lima": a possessive opens the description.
  if (/^(his|her|their|its|our|my)$/i.test(tokens[j]?.text ?? '') && isNounPhraseWord(tokens[j + 1] ?? tokens[j]!)) j++;
  while (j < tokens.length && isNounPhraseWord(tokens[j]!)) j++;
  if (j === start) return undefined;
  // "..., said the decision is not final": a noun phrase with a verb of its own before the next
  // punctuation is the reported clause's subject, not an inverted speaker ("said Lima on Monday").
  for (let k = j; k < tokens.length && tokens[k]!.pos !== 'PUNCT'; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined;
  const phrase = tokens.slice(start, j);
  // "said the lead author, Dr. Ana Lima, an associate professor": the name follows the description.
  if (tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < tokens.length && isNounPhraseWord(tokens[k]!)) k++;
    const named = k > j + 1 ? readSpeakerPhrase(tokens.slice(j + 1, k), text) : undefined;
    if (named?.name && (tokens[k] === undefined || /^[,.;“"]$/.test(tokens[k]!.text))) {
      return { text: text.slice(tokens[start]!.start, tokens[k - 1]!.end), name: named.name, role: text.slice(tokens[start]!.start, tokens[j - 1]!.end) };
    }
  }
  const speaker = readSpeakerPhrase(phrase, text, true);
  return speaker?.name || speaker?.role ? speaker : undefined;
}

/** After the verb (and "that", or an indirect object like "reporters"): the reported clause. */
function reportedClause(tokens: Token[], verbIndex: number, text: string): [number, number] | undefined {
  let j = verbIndex + 1;
  if (tokens[verbIndex]!.lemma === 'tell' && tokens[j] && /^(NOUN|PRON|PROPN|DET)$/.test(tokens[j]!.pos)) {
    // "told reporters", "told the council and its lawyers that ...": the listeners end at "that".
    let k = j + 1;
    while (k < tokens.length && k - j <= 8 && /^(NOUN|PROPN|PRON|DET|ADJ|CCONJ|ADP|PART)$/.test(tokens[k]!.pos) && tokens[k]!.lemma !== 'that') k++;
    if (tokens[k]?.lemma === 'that') j = k;
    else {
      // No "that": the listener is one noun phrase ("told the council she would resign").
      if (tokens[j]!.pos === 'PRON') j++;
      else {
        while (tokens[j] && /^(DET|ADJ)$/.test(tokens[j]!.pos)) j++;
        while (tokens[j] && /^(NOUN|PROPN)$/.test(tokens[j]!.pos)) j++;
      }
    }
  }
  // "said on Wednesday the ...": the day is when, not what.
  while (tokens[j] && (isTimeWord(tokens[j]) || tokens[j]!.pos === 'ADV' || (tokens[j]!.lemma === 'on' && isTimeWord(tokens[j + 1])))) j += tokens[j]!.lemma === 'on' ? 2 : 1;
  // "said in a statement that ...", "told reporters on Tuesday that ...": skip to the "that".
  if (tokens[j]?.pos === 'ADP') {
    let k = j + 1;
    while (k < tokens.length && k - j <= 8 && /^(ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) && tokens[k]!.lemma !== 'that') k++;
    if (tokens[k]?.lemma === 'that') j = k;
    // "said in an interview Friday there was little point": no "that", the clause follows the circumstance.
    else if (k - j <= 5 && /^(in|at|during)$/i.test(tokens[j]!.text) && /^(PRON|DET|PROPN)$/.test(tokens[k]?.pos ?? '')) {
      const rest = tokens.slice(k);
      if (rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && rest.filter((t) => t.pos !== 'PUNCT').length >= 4) j = k;
    }
  }
  const next = tokens[j];
  if (!next || next.pos === 'PUNCT') return undefined;
  const saidThat = next.lemma === 'that';
  if (saidThat) j++;
  // "said that, towards the end of his life, ...": the clause starts after the comma.
  while (saidThat && tokens[j]?.text === ',') j++;
  const first = tokens[j];
  const objectSpeech = OBJECT_SPEECH.has(tokens[verbIndex]!.lemma) || reportsFinding(tokens, verbIndex);
  // "said during a press conference", "said before leaving": circumstances, not what was said;
  // but "warned of complacency" says what the warning was, and after "that" ("found that for
  // adults over 60, ...") a clause follows whatever opens it.
  // A "that" straight before a verb is a relative pronoun ("the raid that killed ..."), not speech.
  const startsWithCircumstance = first && (saidThat ? first.pos === 'VERB' : first.pos === 'ADP' ? !(objectSpeech && /^(of|about|against|for|on)$/.test(first.lemma)) : first.pos === 'SCONJ' || first.pos === 'VERB' || first.pos === 'PUNCT');
  if (!first || startsWithCircumstance) return undefined;
  const last = [...tokens].reverse().find((t) => t.pos !== 'PUNCT');
  if (!last || last.end <= first.start) return undefined;
  const clause = text.slice(first.start, last.end).replace(TRAILING_ATTRIBUTION, '');
  // A clause needs a verb of its own and a few words to be reported speech; a speech act's object needs two words.
  if (objectSpeech) return clause.split(/\s+/).length >= 2 ? [first.start, first.start + clause.length] : undefined;
  // After "that" the tagger may miss the verb ("their results warrant further study": "warrant" as a noun).
  if (clause.split(/\s+/).length < 4 || (!saidThat && !tokens.slice(j).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) return undefined;
  return [first.start, first.start + clause.length];
}

function isNounPhraseWord(t: Token): boolean {
  if (/^(which|what|whose|that|whom)$/i.test(t.text)) return false; // "..., which organizers said": not part of the speaker
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || (t.pos === 'PRON' && /^(he|she|they|i|we)$/i.test(t.text)) || (t.pos === 'PART' && /^['’]s$/.test(t.text));
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|also|later|earlier|previously|originally|then|once|again|separately)$/i;
function isTimeWord(t: Token | undefined): boolean {
  return !!t && TIME_WORDS.test(t.text);
}
