/**
 * What was said, in reported speech: the clause a reporting verb governs, after it ("said (that)
 * CLAUSE") or before it ("CLAUSE, Lima said"), as offsets into the sentence. The verb's object or a
 * circumstance ("announced a plan", "said on Monday") is told apart from a clause, so that only what
 * was said becomes a quote.
 */
import { circumstanceThenClause } from './circumstanceClause.ts';
import type { Token } from '../../segment/tokens.ts';
import { callsFor, OBJECT_SPEECH, REPORTING, reportsFinding } from './reportingVerbs.ts';
import { isTimeWord } from './subjectWords.ts';

/**
 * Trailing media attribution inside a reported clause: ", as the Globe reported", ", according to NPR",
 * ", per the Times", ", the Harbour Gazette reports".
 */
export const TRAILING_ATTRIBUTION = /,?\s+(?:as\s+[^,]+?\s+(?:reported|reports|noted|wrote|said)|according to\s+[^,]+|per\s+(?:the\s+)?[A-Z][^,]*|(?:adds|says|writes|notes|reports)\s+(?:the\s+)?[A-Z][^,]*)\s*$|,\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s+(?:reported|reports|adds|added|writes|wrote|notes|noted)\s*$/;

/**
 * "said he would only act if ..., but he seems to have changed his mind": after "but", the speaker
 * as "he seems" or "she appears" is the writer's judgment of the speaker, never the speaker's words.
 */
const WRITERS_TURN = /,?\s+(?:but|yet|though|although)\s+(?:he|she|they)\s+(?:now\s+)?(?:seems|seem|seemed|appears|appear|appeared)\s.*$/s;

/**
 * "Some crew needed treatment, Lima said, with two in stable condition": what follows ", with" (or
 * "while", "adding") is said too, so the passage runs on to the sentence's end.
 */
export function continuedClause(tokens: Token[], verbIndex: number, clause: [number, number]): [number, number] {
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
export function takesObject(tokens: Token[], verbIndex: number): boolean {
  const next = tokens[verbIndex + 1];
  if (!next || tokens[verbIndex]!.lemma === 'tell') return false;
  if (next.pos === 'DET') return !/^(this|last|next)$/i.test(next.text) || !isTimeNoun(tokens[verbIndex + 2]);
  return next.pos === 'NOUN' && !isTimeNoun(next);
}

/** Words that open a clause of their own, relative or joined: a reported clause never ends on one. */
const CONNECTIVE = /^(?:which|who|whom|whose|that|and|but|or|nor|because|while|although|though|whereas|where|when)$/i;

function isTimeNoun(t: Token | undefined): boolean {
  return !!t && /^(morning|afternoon|evening|night|week|weekend|month|year|day|time)s?$/i.test(t.text);
}

/**
 * "CLAUSE, X said on Monday." The clause before the comma that opens the attribution, when
 * it reads as a clause (a verb of its own, a few words).
 */
export function clauseBefore(tokens: Token[], subjectFirst: number): [number, number] | undefined {
  // "CLAUSE, as the Harbour Gazette reported.": the same, with "as".
  const commaAt = tokens[subjectFirst - 1]?.lemma === 'as' ? subjectFirst - 2 : subjectFirst - 1;
  const comma = tokens[commaAt];
  if (!comma || comma.text !== ',' || commaAt < 4) return undefined;
  // "It was a run on the banks, which, he says, were doing their job": the words before the
  // attribution end on the word that opens the clause it interrupts; the reported clause is what
  // comes before that word (never a line ending "..., which").
  let end = commaAt;
  while (end > 0 && (CONNECTIVE.test(tokens[end - 1]!.text) || tokens[end - 1]!.text === ',')) end--;
  const body = tokens.slice(0, end);
  if (opensWithCircumstance(body)) return undefined;
  // A verb of its own, or enough words that the tagger must have missed it ("The cuts cost the
  // region 500 jobs, Lima said": "cost" read as a noun); nothing else ends in a bare "X said".
  const words = body.filter((t) => t.pos !== 'PUNCT').length;
  if (!body.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && words < 7) return undefined;
  const first = body.find((t) => !/^[“”"‘’']$/.test(t.text));
  const last = body[body.length - 1]!;
  if (!first || last.end - first.start < 20) return undefined;
  return [first.start, last.end];
}

/**
 * Participles that set the scene of the speaking: the question put to the speaker, or where and how
 * they spoke. A clause that opens with one ("Asked if the inquiry was slow, Okafor said simply,
 * “No.”", "When pressed on the cost, Lima said ...", "Speaking to reporters, Tarrow said ...") is
 * that scene; the speaker's words are elsewhere in the sentence. A list, because a participle or
 * gerund in general opens clauses that are said ("Understanding the tides can save lives, she said").
 */
const SCENE_OF_SPEAKING = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged', 'interviewed', 'contacted', 'reached', 'approached', 'speaking', 'responding', 'replying', 'reacting', 'commenting', 'answering', 'testifying', 'talking', 'addressing', 'writing', 'referring']);

function opensWithCircumstance(body: readonly Token[]): boolean {
  const words = body.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE');
  const at = /^(?:When|While|Once|If|After|Before|As)$/.test(words[0]?.text ?? '') ? 1 : 0;
  const participle = words[at];
  // Capitalised only where it opens the sentence ("Asked", "When asked"); the next word is its
  // question or circumstance ("if", "about", "to", "by", "on"), never a name ("Reached Ltd").
  return !!participle && SCENE_OF_SPEAKING.has(participle.text.toLowerCase()) && /^(?:SCONJ|ADP|DET|PART|ADV|PRON)$/.test(words[at + 1]?.pos ?? '');
}

/**
 * "The hope, officials say, is that the hull is intact": an attribution set off by commas inside the
 * clause it reports. The whole sentence is what was said (a passage is one stretch of the source), when
 * both sides of the aside read as parts of one clause: something before it, a verb after it.
 */
export function parentheticalClause(tokens: Token[], subjectFirst: number, verbIndex: number): [number, number] | undefined {
  let k = verbIndex + 1;
  while (tokens[k] && (isTimeWord(tokens[k]) || tokens[k]!.pos === 'ADV')) k++;
  if (tokens[subjectFirst - 1]?.text !== ',' || tokens[k]?.text !== ',' || subjectFirst < 2) return undefined;
  const head = tokens.slice(0, subjectFirst - 1);
  const rest = tokens.slice(k + 1).filter((t) => t.pos !== 'PUNCT');
  // Not ", who said," or a list: the part before the aside opens with a word, not a conjunction, and has no comma of its own.
  if (head.some((t) => t.text === ',') || head[0]!.pos === 'CCONJ' || rest.length < 3 || !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  const first = head.find((t) => !/^[“”"‘’']$/.test(t.text))!;
  return [first.start, rest[rest.length - 1]!.end];
}

/** Adverbs that modify the words after them, so they belong to a clause that follows the verb. */
const FOCUSING = /^(?:only|just|nearly|almost|about|around|roughly|approximately|even|barely|hardly|scarcely)$/i;

/** After the verb (and "that", or an indirect object like "reporters"): the reported clause. */
export function reportedClause(tokens: Token[], verbIndex: number, text: string): [number, number] | undefined {
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
  // "said on Wednesday the ...": the day is when, not what. A focusing adverb ("said only sips were
  // taken", "said nearly 40 ...") opens the clause.
  while (tokens[j] && (isTimeWord(tokens[j]) || (tokens[j]!.pos === 'ADV' && !FOCUSING.test(tokens[j]!.text)) || (tokens[j]!.lemma === 'on' && isTimeWord(tokens[j + 1])))) j += tokens[j]!.lemma === 'on' ? 2 : 1;
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
  const objectSpeech = OBJECT_SPEECH.has(tokens[verbIndex]!.lemma) || reportsFinding(tokens, verbIndex) || callsFor(tokens, verbIndex);
  // "said during a press conference", "said before leaving": circumstances, not what was said;
  // but "warned of complacency" says what the warning was, and after "that" ("found that for
  // adults over 60, ...") a clause follows whatever opens it.
  // A "that" straight before a verb is a relative pronoun ("the raid that killed ..."), not speech.
  // "said at least 15 people ...", "said about 300 ...": a figure's hedge opens the clause, not a circumstance.
  // So does "up to": "told reporters up to 35 people were involved".
  const hedge = first?.pos === 'ADP' && (/^(?:least|most)$/i.test(tokens[j + 1]?.text ?? '') && /^at$/i.test(first.text) || tokens[j + 1]?.pos === 'NUM' || (/^up$/i.test(first.text) && /^to$/i.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.pos === 'NUM'));
  const startsWithCircumstance = first && !hedge && (saidThat ? first.pos === 'VERB' : first.pos === 'ADP' ? !(objectSpeech && /^(of|about|against|for|on)$/.test(first.lemma)) : first.pos === 'SCONJ' || first.pos === 'VERB' || first.pos === 'PUNCT');
  if (!first || (startsWithCircumstance && !circumstanceThenClause(tokens, j, verbIndex))) return undefined;
  // "At $420, the price at which Lima said he would sell, the deal was worth ...": a verb inside a
  // relative clause set off by commas reports only up to the comma that closes it.
  const asideEnd = inRelativeAside(tokens, verbIndex) ? commaOutsideQuotation(tokens, j) : -1;
  const last = [...(asideEnd > j ? tokens.slice(0, asideEnd) : tokens)].reverse().find((t) => t.pos !== 'PUNCT');
  if (!last || last.end <= first.start) return undefined;
  const clause = text.slice(first.start, last.end).replace(TRAILING_ATTRIBUTION, '').replace(WRITERS_TURN, '');
  // A clause needs a verb of its own and a few words to be reported speech; a speech act's object needs two words.
  if (objectSpeech) return clause.split(/\s+/).length >= 2 ? [first.start, first.start + clause.length] : undefined;
  // After "that" the tagger may miss the verb ("their results warrant further study": "warrant" as a noun);
  // so it may after "say" in a clause too long to be its object ("say a classroom assistant mistook the
  // cleaner for juice": "mistook" read as a noun), as clauseBefore allows.
  // Not after a comma or a quotation: "..., said Ana Lima, a spokeswoman for ..." names the speaker.
  const inverted = /^[,“”"’]$/.test(tokens[verbIndex - 1]?.text ?? '');
  const longAfterSay = tokens[verbIndex]!.lemma === 'say' && !inverted && clause.split(/\s+/).length >= 7;
  // Three words make a clause when they open with a pronoun and its verb: "said it was illegal".
  // Not "he had been", whose verb is left hanging.
  const short = clause.split(/\s+/).length === 3 && first.pos === 'PRON' && /^(?:VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '') && tokens[j + 2]?.pos !== 'AUX';
  if ((clause.split(/\s+/).length < 4 && !short) || (!saidThat && !longAfterSay && !tokens.slice(j).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) return undefined;
  if (!saidThat && tokens[verbIndex]!.lemma !== 'say' && isObjectThenSecondVerb(tokens, j)) return undefined;
  return [first.start, first.start + clause.length];
}

/** The first comma after `from` that is not inside a quotation ("called it “perfect,” actually, ..."), or -1. */
function commaOutsideQuotation(tokens: Token[], from: number): number {
  let inside = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (t === '“') inside = true;
    else if (t === '”') inside = false;
    else if (t === '"') inside = !inside;
    else if (t === ',' && !inside && k > from) return k;
  }
  return -1;
}

/** Whether the verb stands in a relative clause after a comma, before the sentence's own verb: "At $40, the price at which Lima said ..., the deal was", "Lima, who told reporters ..., left". */
function inRelativeAside(tokens: Token[], verbIndex: number): boolean {
  let comma = -1;
  for (let k = verbIndex - 1; k >= 0; k--) if (tokens[k]!.text === ',') { comma = k; break; }
  if (comma < 0) return false;
  // Only an aside inside the sentence's subject, before its own verb ("Lima, who said ..., left"); one
  // after the verb ("was confirmed by Lima, who said ...; rather, ...") runs on to the end.
  if (tokens.slice(0, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  return tokens.slice(comma + 1, verbIndex).some((t) => /^(?:which|who|whom|whose|where)$/i.test(t.text));
}

/**
 * "he wrote the book of his life there and died in 1905", "she announced the plan, and left": the first
 * verb after the words that follow the reporting verb is joined to it by "and" (or "but", "or"), so it
 * is the subject's second verb and those words were the first verb's object, not a clause reported.
 * ("She wrote the ferry would sail" has its own verb, with no conjunction before it.) Not "say": "said a
 * classroom assistant mistook ... and gave ..." may have its clause's verb tagged as a noun.
 */
function isObjectThenSecondVerb(tokens: Token[], from: number): boolean {
  let verb = -1;
  for (let i = from; i < tokens.length && verb < 0; i++) {
    // "the book, also known as ..., and lived": a participle's aside between commas is the object's, not the clause's verb.
    if (tokens[i]!.text === ',') {
      const close = tokens.findIndex((t, k) => k > i && k <= i + 10 && t.text === ',');
      const open = tokens[i + 1]?.pos === 'ADV' ? i + 2 : i + 1;
      if (close > 0 && tokens[open]?.pos === 'VERB' && /\p{Ll}(?:ed|en|wn)$/u.test(tokens[open]!.text)) i = close;
      continue;
    }
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') verb = i;
  }
  if (verb <= from) return false;
  const before = tokens[verb - 1]!;
  // "confirmed the arrest and said ...", "declared an emergency and urged ...": the second verb reports
  // speech of its own, which the words after the first one run into; left as they were.
  const main = tokens.slice(verb, verb + 3).find((t) => t.pos === 'VERB') ?? tokens[verb]!;
  if (REPORTING.has(main.lemma)) return false;
  return before.pos === 'CCONJ' || (before.pos === 'ADV' && tokens[verb - 2]?.pos === 'CCONJ');
}
