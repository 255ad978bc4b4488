/**
 * How a reported-speech claim reads on the page. "X said that <words>" is English only when the
 * words are a clause: after "that" ("argued that the plan failed"), before the attribution ("The
 * plan failed, Lima said") or straight after a verb of saying ("said the plan failed"). A verb
 * whose content is an object ("praised the council for acting", "denied the charges", "urged
 * residents to leave") has no clause to put after "said that": the page then shows the source's
 * own sentence, without quotation marks (it is a report, not a quotation), which names the act
 * in the source's words. Nothing is written that the source did not write, but "said" and "that".
 *
 * The sentence is read with the project's tagger (wink-nlp through segment/tokens.ts) and the
 * extractor's own lists of reporting verbs, so the page and the extractor agree on what a verb of
 * saying is; only the reading of the clause's shape (a subject, then its verb) is written here,
 * because no kept library parses clauses.
 */
import * as chrono from '../text/englishDates.ts';
import type { Claim, Evidence } from '../contracts/facts.ts';
import { tokenize, type Token } from '../segment/tokens.ts';
import { isMistaggedVerb, OBJECT_SPEECH, QUOTING, REPORTING, THAT_SPEECH } from '../extract/quotes/reportingVerbs.ts';

export type SpeechForm =
  /** The words are a clause: "<speaker> <verb> that <claim text>". */
  | { kind: 'clause'; verb: string }
  /** The words are not a clause: the source's sentence (the evidence passage), shown as it stands. */
  | { kind: 'sentence'; passage: string };

/** Tags a noun phrase is made of ("the city's new chief engineer", "union members", "he"). */
const NOUN_PHRASE = /^(DET|ADJ|NOUN|PROPN|PRON|NUM|CCONJ)$/;
/** A verb's own forms that read the same as its past ("argued", "found"): the source's verb can be kept as written. */
const IRREGULAR_PAST = new Set(['found', 'wrote', 'said']);

/** How `claim` (a reported, not a direct, quote) is written: as a clause after a verb, or as its source's sentence. */
export function speechForm(claim: Claim): SpeechForm {
  const e = passageOf(claim);
  const passage = e.quote.replace(/\s+/g, ' ').trim();
  const sentence = { kind: 'sentence', passage } as const;
  const at = e.quote.indexOf(claim.text);
  if (at < 0) return sentence;
  const tokens = tokenize(e.quote);
  const first = tokens.findIndex((t) => t.start >= at);
  const after = tokens.findIndex((t) => t.start >= at + claim.text.length);
  if (first < 0) return sentence;
  // "But it is still far short ..., according to Forbes": words opening with a conjunction go on from the
  // source's previous sentence; "Forbes said that but it ..." reads wrong, so they are shown as its sentence.
  if (tokens[first]!.pos === 'CCONJ') return sentence;
  const before = tokens.slice(0, first);
  // "... said (on Monday) (that) CLAUSE": the nearest verb of saying before the words ("Norland claims
  // that": a verb the tagger read as a noun, as the extractor reads it).
  const verbAt = lastIndex(before, (t, i) => (t.pos === 'VERB' || isMistaggedVerb(tokens, i)) && isSpeech(t));
  if (verbAt < 0) {
    // "CLAUSE, Lima said.", "CLAUSE, according to police.": the words stand before their attribution
    // (after a dateline at most: "PORTO (Wire) - CLAUSE, ..."); the extractor took them for a clause.
    const rest = after < 0 ? [] : tokens.slice(after);
    const words = tokens.slice(first, after < 0 ? tokens.length : after);
    const said = rest.findIndex((t) => t.pos === 'VERB' && isSpeech(t));
    const according = rest.some((t, i) => /^according$/i.test(t.text) && rest[i + 1]?.lemma === 'to');
    if ((said < 0 && !according) || !opensClause(words) || (said >= 0 && negated(rest, said))) return sentence;
    return { kind: 'clause', verb: said >= 0 ? pastForm(rest[said]!) : 'said' };
  }
  const verb = before[verbAt]!;
  // "had not declared the terminal safe", "might say": not reported as said.
  if (negated(before, verbAt)) return sentence;
  const between = before.slice(verbAt + 1);
  if (between.some((t) => t.lemma === 'that')) return { kind: 'clause', verb: pastForm(verb) };
  // Without "that", a verb whose content is an object, or one that reports only with "that", has no clause after it.
  if (OBJECT_SPEECH.has(verb.lemma) || THAT_SPEECH.has(verb.lemma)) return sentence;
  return opensClause(tokens.slice(first, after < 0 ? tokens.length : after)) ? { kind: 'clause', verb: pastForm(verb) } : sentence;
}

/**
 * "<verb> that <clause>": unless the words carry their own "that" after at most an adverbial (the
 * extractor took "Police said last month that they knew ..." as "last month that they knew ...",
 * or "said that when he goes ..." as "that when he goes ..."), which would read "said that last
 * month that ..."; then "<verb> <words>": "said last month that they knew ...". A "that" followed
 * by its verb is the clause's subject ("that means ..."), and a noun phrase before "that" may be
 * the subject of a relative clause ("the plan that failed ..."): both keep "that" added. The
 * adverbial is a phrase opened by a preposition ("in a statement", "of the victims") or a time
 * that chrono-node reads as a whole ("last month", "Tuesday"). `show` writes the clause out
 * (the explainer escapes it for Markdown).
 */
export function saidThat(verb: string, clause: string, show: (words: string) => string = (words) => words): string {
  // Read from the clause as written (`show` escapes it for Markdown afterwards): the page's line and
  // the /claims/ list then share one tagging of it (tokenize remembers it), and no escape is tagged.
  return carriesThat(clause) ? `${verb} ${show(clause)}` : `${verb} that ${show(clause)}`;
}

function carriesThat(clause: string): boolean {
  // No "that" in it, no token "that": most clauses are not tagged again for nothing. Nor when
  // ADVERBIAL_WORDS + 1 words stand before its first "that": a token never spans wink's white
  // space, so that many tokens at least come before it, past the ones looked at below.
  const that = clause.search(/that/i);
  if (that < 0 || wordsBefore(clause, that) > ADVERBIAL_WORDS) return false;
  const tokens = tokenize(clause);
  const at = tokens.slice(0, ADVERBIAL_WORDS + 1).findIndex((t) => /^that$/i.test(t.text));
  if (at < 0) return false;
  const next = tokens[at + 1];
  if (!next || next.pos === 'VERB' || next.pos === 'AUX') return false;
  const before = tokens.slice(0, at);
  if (before.length === 0) return true;
  if (before.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'PRON')) return false;
  if (before[0]!.pos === 'ADP') return true;
  const words = clause.slice(0, tokens[at]!.start).trim();
  return chrono.parse(words).some((r) => r.index === 0 && r.text.length === words.length);
}

/** At most this many words of an adverbial before the words' own "that". */
const ADVERBIAL_WORDS = 5;

/** The white space wink's tokenizer splits on (its model's `splitter`; not every \s: not U+3000, say). */
const WINK_SPACE = /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]+/;

/** How many words (runs between WINK_SPACE) end before `at` in `text`: each is a token at least. */
function wordsBefore(text: string, at: number): number {
  const words = text.slice(0, at).split(WINK_SPACE).filter(Boolean).length;
  return at > 0 && !WINK_SPACE.test(text[at - 1]!) ? words - 1 : words;
}

/** The passage the claim's words come from (the one `isDirectQuote` reads too). */
function passageOf(claim: Claim): Evidence {
  const text = claim.text.trim();
  return claim.evidence.find((e) => e.quote.includes(text)) ?? claim.evidence[0]!;
}

function isSpeech(t: Token): boolean {
  return REPORTING.has(t.lemma) || THAT_SPEECH.has(t.lemma) || QUOTING.has(t.lemma);
}

/**
 * Whether words open a clause: a subject (a noun phrase) followed by its verb ("police had no
 * plans", "he believed ...", "Russia's move did not reflect ..."), where an object would go on with
 * a preposition ("the council for acting", "union members for failing", "a letter to the mayor").
 * "When the ferry sank, ...": a clause opened by a conjunction is one too.
 */
export function opensClause(words: readonly Token[]): boolean {
  let i = 0;
  // "About 300 people", "At least 12 people", "More than 1,000 homes": a figure's hedge opens its noun phrase.
  const figure = words.slice(0, 4).findIndex((t) => t.pos === 'NUM');
  const hedged = figure > 0 && words.slice(0, figure).every((t) => /^(ADV|ADP|ADJ|DET|PART)$/.test(t.pos));
  if (hedged) i = figure;
  // "When the ferry sank, ...", "For all but five minutes, ...": an opening phrase, then the clause.
  else if (/^(SCONJ|ADP)$/.test(words[0]?.pos ?? '')) {
    const comma = words.findIndex((t, k) => k > 0 && k <= 12 && t.text === ',');
    if (comma < 0) return words[0]!.pos === 'SCONJ' && words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    i = comma + 1;
  }
  const subjectStart = i;
  let noun = false;
  for (; i < words.length; i++) {
    const t = words[i]!;
    // "the case, which drew attention, cost ...", "The victim, a sophomore, had left ...": a relative
    // clause or an apposition set off by commas belongs to the subject.
    if (t.text === ',' && noun) {
      const asideAfter = (comma: number): number => {
        const close = words.findIndex((x, k) => k > comma + 1 && k <= comma + 12 && x.text === ',');
        const aside = close < 0 ? [] : words.slice(comma + 1, close);
        return close >= 0 && (/^(which|who|whose)$/i.test(aside[0]!.text) || isApposition(aside)) ? close : -1;
      };
      let close = asideAfter(i);
      if (close < 0) return false;
      // "one of its reporters, 27-year-old Ana Lima, a local hire, was hurt": one aside after another.
      for (let next = asideAfter(close); next >= 0; next = asideAfter(close)) close = next;
      i = close;
      continue;
    }
    // "the city's chief" (a possessive) or a quotation mark; "she's" is a verb.
    if (/^[“”"]$/.test(t.text) || (/^['’]s$/.test(t.text) && t.pos !== 'AUX' && t.pos !== 'VERB')) continue;
    // An adjective after the noun ("the terminal safe to enter") ends a noun phrase that is an object, not a subject.
    if (t.pos === 'ADJ' && noun && words[i + 1]?.pos !== 'NOUN') return false;
    // "Officers from two agencies bent down": a preposition and its noun phrase inside the subject; not
    // "the council for acting" (a verb after the preposition: the speaker's charge, an object).
    if (t.pos === 'ADP' && noun && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(words[i + 1]?.pos ?? '')) continue;
    // "Most of the activity", "Some of the crew": a share of a noun phrase.
    if (t.lemma === 'of' && !noun && i > subjectStart && /^(DET|ADJ|NUM)$/.test(words[i - 1]!.pos)) continue;
    // "the remaining 200 nurses", "the injured driver": a participle before the noun describes it.
    if (t.pos === 'VERB' && !noun && i > subjectStart && /^(NUM|NOUN|ADJ)$/.test(words[i + 1]?.pos ?? '')) continue;
    // "claims that members sang", "fears that the dam would fail": a noun whose "that" opens a clause
    // of its own (a noun phrase follows, not a verb) is what the verb reported, its object; the words
    // are no clause of their own to write after "said that".
    // Not a time before it ("said last week that ..."), which is an adverbial, not the verb's object.
    if (/^that$/i.test(t.text) && noun && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(words[i + 1]?.pos ?? '') && !isTime(words.slice(subjectStart, i))) return false;
    if (!NOUN_PHRASE.test(t.pos)) break;
    if (/^(NOUN|PROPN|PRON|NUM)$/.test(t.pos)) noun = true;
  }
  // "Both had been drinking", "Some will stay": a determiner alone may be the subject.
  const alone = i === subjectStart + 1 && words[subjectStart]!.pos === 'DET' && !/^(the|a|an)$/i.test(words[subjectStart]!.text);
  if ((!noun && !alone) || i === subjectStart) return false;
  while (i < words.length && words[i]!.pos === 'ADV') i++;
  // "... of their driving speed": a participle after the noun phrase is no verb of a subject.
  return words[i]?.pos === 'AUX' || (words[i]?.pos === 'VERB' && !/ing$/i.test(words[i]!.text));
}

/**
 * Whether words set off by commas after a noun are a noun phrase of their own, which names or
 * describes it ("the victim, a sophomore,", "one of its correspondents, 27-year-old Ana Lima,",
 * "the council, under pressure from residents,"): no verb, and made of a noun phrase's words, a
 * preposition and a figure's hyphen at most.
 */
function isApposition(aside: readonly Token[]): boolean {
  if (aside.length === 0) return false;
  if (aside[0]!.pos === 'DET' && !aside.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  if (!/^(NUM|PROPN|ADJ|ADP|NOUN)$/.test(aside[0]!.pos)) return false;
  return aside.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') && aside.every((t) => /^(DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ)$/.test(t.pos) || /^[-‐–]$/.test(t.text));
}

/** Whether the words are a time as a whole ("last week", "on Tuesday"), as chrono-node reads them. */
function isTime(words: readonly Token[]): boolean {
  if (words.length === 0) return false;
  const text = words.map((t) => t.text).join(' ');
  return chrono.parse(text).some((r) => r.index === 0 && r.text.length === text.length);
}

/**
 * Whether the verb at `at` is denied or only supposed: "did not say", "never claimed", "might say",
 * "would argue". What a speaker did not or may say is not reported as said.
 */
function negated(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - 3), at).some((t) => /^(not|n['’]t|never|might|may|could|would|should)$/i.test(t.text));
}

/**
 * The source's own verb when it is written in the past ("argued", "found", "announced"), so the page
 * says what the source said the speaker did; else "said" ("says", "told reporters", "has written":
 * a present or a participle of another form is not turned into a past the source did not write).
 */
function pastForm(verb: Token): string {
  const word = verb.text.toLowerCase();
  if (verb.lemma === 'tell' || verb.lemma === 'say') return 'said';
  if (IRREGULAR_PAST.has(word)) return word;
  return /ed$/.test(word) && word !== verb.lemma ? word : 'said';
}

function lastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}
