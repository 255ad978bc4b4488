/**
 * Quantities: every figure in a sentence with what it counts.
 * findNumbers() reads the figure ("about 4,200", "between 40,000 and 45,000"); here the
 * noun phrase it governs is read from part-of-speech tags ("city-based nurses on
 * standby"), and a bare figure ("the other 300 are ...") borrows the count noun of the
 * figure before it, as a reader would.
 */
import type { QuantityMention, Sentence } from '../../contracts/stages.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import type { Token } from '../../segment/tokens.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import { CALENDAR_NAMES } from '../../text/calendar.ts';
import { loneOnes } from './loneOne.ts';
import { casualtyVerbAfter, nounFromFrame, pluralOf } from './impliedNouns.ts';
import { quotedAfter, quotedAt } from '../quotes/quotedSpeech.ts';
import { measureNamedEarlier, namedMeasure, type NamedMeasure } from './measureNamedEarlier.ts';
import { voteTallies } from './voteTallies.ts';

/** Kinds of figures that can be quantity claims; years, dates, ordinals and the like are not. */
const QUANTITY_KINDS = new Set(['count', 'money', 'percent', 'measure', 'time']);
/**
 * Unit of clock-time claims (value: minutes after midnight). Times are not counts, but two
 * sources giving different times for one moment (9:06 vs 9:09) is a disagreement to show.
 */
export const CLOCK_TIME = 'clock time';
/** Prepositions whose phrase still says what is counted ("nurses on standby", "people on board", "workers in Ohio"). */
const PHRASE_PREPOSITIONS = new Set(['on', 'in', 'at', 'under', 'aboard', 'from', 'to', 'inside', 'across', 'near', 'into']);
/** Nouns that measure rather than count ("5,000 of them", "a third of", "percent of"). */
const NOT_HEADS = new Set(['percent', 'per', 'cent', 'times', 'them', 'those', 'these', 'more', 'others', 'other']);

/**
 * The quantity claims of one article's sentences, in order: counts with the noun they count,
 * money, percentages, measures and clock times. A bare number with nothing to count is no claim.
 */
export function extractQuantities(sentences: Sentence[]): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  let lastHead: { head: string; unit: string; paragraph: number; sentence: number } | undefined;
  let lastMeasure: NamedMeasure | undefined;
  // Model numbers named in this source so far ("a Porsche 911"): the same digits alone later ("the 911") name it again.
  let modelNumbers = new Set<string>();
  // Whether a quotation is open where the sentence starts (quotations run over sentences of a paragraph).
  let quoteOpen = false;
  let previous: Sentence | undefined;
  for (const sentence of sentences) {
    if (previous?.source !== sentence.source || previous.paragraph !== sentence.paragraph) quoteOpen = false;
    if (previous?.source !== sentence.source) modelNumbers = new Set();
    const openAtStart = quoteOpen;
    quoteOpen = quotedAfter(openAtStart, sentence.text);
    previous = sentence;
    const numbers = findNumbers(sentence.text);
    const found = numbers.filter((n) => QUANTITY_KINDS.has(n.kind));
    for (const n of numbers) if (n.kind === 'identifier' && n.numberStart > n.start) modelNumbers.add(/^\d+/.exec(sentence.text.slice(n.numberStart))?.[0] ?? '');
    const afterCount = lastHead !== undefined && lastHead.sentence === sentence.index - 1 && lastHead.paragraph >= sentence.paragraph - 1;
    // Tokens are only needed where there is a figure, or a lone "one" that may be one.
    const tokens = found.length > 0 || /\bone\b/i.test(sentence.text) ? sentenceTokens(sentence) : [];
    const counted = found.map((figure) => ({ figure, head: figure.kind === 'count' ? countedPhrase(tokens, figure, sentence.text)?.head : undefined }));
    const figures = [...found, ...oneUnitOfTime(sentence.text), ...loneOnes(sentence.text, tokens, counted, { afterCount })].sort((a, b) => a.start - b.start);
    if (figures.length === 0) continue;
    const phrases = figures.map((f) => (f.kind === 'count' || f.kind === 'money' ? countedPhrase(tokens, f, sentence.text) : undefined));
    shareListHeads(figures, phrases, sentence.text);
    const tally = voteTallies(sentence.text, figures);
    figures.forEach((figure, k) => {
      const phrase = phrases[k];
      let unit = figure.kind === 'time' ? CLOCK_TIME : figure.unit;
      if (/^-percent\b/i.test(sentence.text.slice(figure.end))) unit = '%'; // "49-percent owned"
      // "aged 17 and 9", "aged between 35 and 75 years", "at age 19": ages, whatever follows.
      if (figure.kind === 'count' || figure.kind === 'measure') {
        if (/\b(?:aged|(?:at|of) age)\s*(?:between\s*)?$/i.test(sentence.text.slice(0, figure.numberStart)) || (k > 0 && isAgeList(sentence.text, figures[k - 1]!, figure))) unit = AGE;
      }
      let head = unit === AGE || unit === '%' ? undefined : phrase?.head;
      let counts = phrase?.text;
      const after = sentence.text.slice(figure.end);
      // "you can see a billion reports", "not in a million years": a round "a thousand/million/billion"
      // in a speaker's own words, without a hedge, is a manner of speaking, not a figure.
      if ((figure.kind === 'count' || figure.kind === 'measure') && !figure.qualifier && ROUND_ARTICLE_SCALE.test(sentence.text.slice(figure.numberStart)) && quotedAt(openAtStart, sentence.text, figure.start)) return;
      if (figure.kind === 'count' && unit !== AGE && unit !== '%') {
        const before = sentence.text.slice(0, figure.start);
        // "the two countries", "the two sides": a pair the story already named, not a figure it reports.
        if (figure.value === 2 && !figure.qualifier && REFERENTIAL_PAIR.test(before)) return;
        // "voted 52-48": votes for and against.
        const side = tally.get(figure);
        if (side && !head) {
          head = 'vote';
          unit = 'votes';
          counts = `votes ${side}`;
        }
        const written = sentence.text.slice(figure.numberStart, figure.end);
        // "the 911 was found": the digits of a model named before ("a Porsche 911"), not a count.
        if (!head && !figure.qualifier && modelNumbers.has(written)) return;
        // "an aftershock measured 5.8" after "a magnitude 6.2 quake": a level of the measure named before.
        const level = head ? undefined : measureNamedEarlier(lastMeasure, sentence, figure);
        if (level) unit = level;
        // "a crew of 150", "a city of 400,000", "one of three", "the death toll rose to 40": the frame says what is counted.
        const framed = head || level ? undefined : nounFromFrame(sentence.text, figure, tokens);
        if (framed) {
          head = framed.head;
          unit = framed.unit;
          counts = framed.counts ?? counts;
        }
        // An elliptical figure stands alone: a hyphen or a word right after it makes it part of something else.
        if (!head && !level && lastHead && !/^-\p{L}/u.test(after) && lastHead.paragraph >= sentence.paragraph - 1 && sentence.index - lastHead.sentence <= 2 && !isAppositive(sentence.text, figure)) {
          // Elliptical figure: "Of the 600 workers, about 450 are ..." counts workers too.
          head = lastHead.head;
          unit = lastHead.unit;
        }
        // "At least 15 died", "three were wounded" with no count noun before: people.
        if (!head && !level && casualtyVerbAfter(sentence.text, figure)) {
          head = 'people';
          unit = 'people';
        }
        if (!head && !level) return; // a bare number with nothing to count is not a claim
        unit ??= phrase?.unit ?? head;
      }
      if (!unit) return;
      lastMeasure = namedMeasure(unit, sentence) ?? lastMeasure;
      const mention: QuantityMention = {
        source: sentence.source,
        sentence,
        start: sentence.start + figure.start,
        end: sentence.start + figure.end,
        value: figure.value,
        unit,
      };
      if (figure.low !== undefined) mention.low = figure.low;
      if (figure.high !== undefined) mention.high = figure.high;
      if (figure.qualifier) mention.qualifier = figure.qualifier;
      if (counts) mention.counts = counts;
      if (head) mention.head = head;
      mentions.push(mention);
      // A later elliptical figure ("One tanker sank and three more ...") borrows the noun in the plural.
      if (figure.kind === 'count' && phrase?.head) lastHead = { head: phrase.head, unit: figure.value === 1 && unit === phrase.head && !/s$/.test(unit) ? pluralOf(phrase.head) : unit, paragraph: sentence.paragraph, sentence: sentence.index };
    });
  }
  return mentions;
}

/**
 * "1,000 full-time, 300 temporary and 30 part-time employees": figures in a list share the
 * noun after the last of them. A figure followed only by a modifier and a list separator
 * takes the head of the next figure.
 */
function shareListHeads(figures: NumberMention[], phrases: Array<CountedPhrase | undefined>, text: string): void {
  for (let k = figures.length - 2; k >= 0; k--) {
    const between = text.slice(figures[k]!.end, figures[k + 1]!.start);
    const next = phrases[k + 1];
    if (!next || figures[k]!.kind !== figures[k + 1]!.kind) continue;
    // Only a figure without a noun of its own shares ("300 temporary"), or one whose "noun" is a
    // hyphenated modifier ("1,000 full-time,"); "230 cheerleaders, 140 artists" keep their own.
    const own = phrases[k];
    if (own && !(own.head.includes('-') && between.trim().toLowerCase().startsWith(own.head))) continue;
    if (/^\s*(?:[\p{L}-]+\s*)?(?:,\s*(?:and|or)?|and|or)\s*(?:about|some|nearly|more than|over)?\s*$/iu.test(between)) {
      phrases[k] = { text: next.text, head: next.head, unit: next.unit };
    }
  }
}

/**
 * "more than a month", "nearly an hour": a hedged "a"/"an" before a unit of time is one of it.
 * (Without a hedge, "a month" is rarely a figure anyone reports.)
 */
function oneUnitOfTime(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(/\b(more than|less than|nearly|almost|about|over|under|just over|just under|at least|roughly|around|within)\s+(an?)\s+(second|minute|hour|day|week|month|year|decade|century)\b/gi)) {
    const unitWord = m[3]!.toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, numberStart: m.index + m[1]!.length + 1, kind: 'measure', value: 1, unit: TIME_UNITS[unitWord] ?? `${unitWord}s`, qualifier: m[1]!.toLowerCase() });
  }
  return out;
}

/** numbers.ts's names for units of time. */
const TIME_UNITS: Record<string, string> = { second: 's', minute: 'min', hour: 'h', day: 'days', week: 'weeks', month: 'months', year: 'years', decade: 'decades', century: 'centuries' };

/** "a million", "half a billion": a round scale led by an article, as speech rounds things. */
const ROUND_ARTICLE_SCALE = /^(?:half\s+)?an?\s+(?:hundred|thousand|million|billion|trillion)\b/i;

/** "the two sides", "these two countries": a determiner that points back at a pair already named. */
const REFERENTIAL_PAIR = /\b(?:the|these|those)\s+$/i;

/** Unit of ages, as numbers.ts writes "N-year-old". */
const AGE = 'years old';

/** "aged 17 and 9": the second figure of a list opened by "aged". */
function isAgeList(text: string, previous: NumberMention, figure: NumberMention): boolean {
  return /\baged\s*$/i.test(text.slice(0, previous.numberStart)) && /^\s*(?:,|and|or)\s*$/.test(text.slice(previous.end, figure.start));
}

/** "Jane Roe, 26, of Baltimore": a bare figure between commas after a name is an age, not an elliptical count. */
function isAppositive(text: string, figure: NumberMention): boolean {
  return /,\s*$/.test(text.slice(0, figure.start)) && /^\s*,/.test(text.slice(figure.end));
}

interface CountedPhrase {
  text: string;
  /** Lemma of the head noun ("troop"), for alignment. */
  head: string;
  /** The head noun as written, lower-cased ("workers"): the claim's unit. */
  unit: string;
}

/** The noun phrase right after a figure: modifiers, head noun, and one prepositional phrase. */
export function countedPhrase(tokens: Token[], figure: NumberMention, text: string): CountedPhrase | undefined {
  // "a 14-page report", "a two-hour flight": the figure counts the noun it is joined to.
  const joined = /^-([a-z]+)\b(?!-)/.exec(text.slice(figure.end));
  if (joined && !MEASURE_ADJECTIVES.has(joined[1]!)) {
    const word = joined[1]!;
    // "a two-pronged attack", "a three-legged stool": an adjective made of the figure counts nothing the sentence names.
    // ("a 3,830-bed hospital" still counts beds: short words ending in -ed are nouns.)
    if (word.length >= 6 && /ed$/.test(word) && word !== 'hundred') return undefined;
    // "a 58-story tower" counts stories: the English plural, not the word and an s.
    const plural = word.endsWith('s') ? word : pluralOf(word);
    return { text: plural, head: word, unit: plural };
  }
  let i = tokens.findIndex((t) => t.start >= figure.end);
  if (i < 0) return undefined;
  // "300 of the workers", "$250 million of flood relief", "three of the 12 sailors" (the whole's figure is its own mention)
  if (tokens[i]?.lemma === 'of') {
    i++;
    while (tokens[i] && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'PRON' && /^(their|its|his|her|our)$/i.test(tokens[i]!.text))) i++;
    if (tokens[i]?.pos === 'NUM' && tokens[i - 1]?.pos === 'DET') i++;
  }
  const first = i;
  let headIndex = -1;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /s$/.test(t.text) && headIndex < 0 && isNextNotNoun(tokens, i))) {
      if (NOT_HEADS.has(t.lemma)) break;
      // "18,000 vehicles use the bridge", "1,000 employees work at", "20 nations meeting in": after a plural
      // head, a singular noun followed by a determiner or preposition, or ending in -ing, is a verb wink mistook.
      if (headIndex >= 0 && isPlural(tokens[headIndex]!) && !isPlural(t) && (/^(DET|PRON|ADP|PART)$/.test(tokens[i + 1]?.pos ?? '') || /ing$/.test(t.text))) break;
      headIndex = i;
      continue;
    }
    if (headIndex < 0 && (t.pos === 'ADJ' || t.pos === 'PROPN')) continue; // modifiers: "American", "U.S.-based"
    // "5,000 displaced residents", "12 injured workers": a participle wink tags as a verb, modifying the noun after it.
    if (headIndex < 0 && t.pos === 'VERB' && /ed$/i.test(t.text) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    // "40 Boeing 737 jets": a model number inside a name that modifies the counted noun.
    if (headIndex < 0 && t.pos === 'NUM' && tokens[i - 1]?.pos === 'PROPN' && i > first && /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    // "three workplace active shooting attacks": after a lower-case singular noun that cannot be the
    // head of a figure above one, an adjective may still lead on to the plural head.
    if (t.pos === 'ADJ' && figure.value !== 1 && !isPlural(tokens[headIndex]!) && /^\p{Ll}/u.test(tokens[headIndex]!.text) && tokens[i + 1]?.pos === 'NOUN') continue;
    break;
  }
  if (headIndex < 0) return undefined;
  let end = tokens[headIndex]!.end;
  const prep = tokens[headIndex + 1];
  // "12 wounded on Wednesday", "3 tickets in the past year": a time says when, not what is counted.
  if (prep && prep.pos === 'ADP' && PHRASE_PREPOSITIONS.has(prep.lemma) && !isTimePhrase(tokens, headIndex + 2)) {
    let j = headIndex + 2;
    let lastNoun = -1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') { lastNoun = j; continue; }
      // "on higher alert": wink tags "alert" as an adjective; a phrase may end on one.
      if (t.pos === 'ADJ' && (tokens[j + 1]?.pos !== 'NOUN' && tokens[j + 1]?.pos !== 'PROPN')) { lastNoun = j; continue; }
      if (t.pos === 'DET' || t.pos === 'ADJ') continue;
      if (t.pos === 'PART' && /^['’]s$/.test(t.text) && lastNoun === j - 1) continue; // "the city's border"
      // "Ohio and Kentucky": coordinated names stay in the phrase.
      if (t.pos === 'CCONJ' && lastNoun >= 0 && tokens[j + 1]?.pos === 'PROPN') continue;
      break;
    }
    if (lastNoun >= 0) end = tokens[lastNoun]!.end;
  }
  const head = tokens[headIndex]!;
  // "the 5000 block of Elm Road" is an address.
  if (head.lemma === 'block' && tokens[headIndex + 1]?.lemma === 'of') return undefined;
  // More than one of something is written in the plural: "18 show", "two know", "9 network" are mis-read heads.
  // A plural proper noun ("33 million Americans", "2,000 Iraqis") is its own lemma in wink's tags: its -s says it.
  if (figure.value !== 1 && figure.kind === 'count' && !isPlural(head) && !INVARIANT_PLURALS.has(head.text.toLowerCase()) && !isPluralName(head)) return undefined;
  // "five staff members", "two crew members": "members" alone does not say of what.
  const group = tokens[headIndex - 1];
  const unit = head.lemma === 'member' && headIndex > first && group?.pos === 'NOUN' ? `${group.text.toLowerCase()} ${head.text.toLowerCase()}` : head.text.toLowerCase();
  return { text: text.slice(tokens[first]!.start, end), head: head.lemma, unit };
}

const TIME_NOUNS = new RegExp(`^(?:${CALENDAR_NAMES}|morning|afternoon|evening|night|day|days|week|weeks|weekend|month|months|year|years|hour|hours|decade|season|summer|winter|spring|autumn|time|period)$`, 'i');

/** Whether the phrase from tokens[at] ("the past year", "Wednesday afternoon", "2019") names a time. */
function isTimePhrase(tokens: Token[], at: number): boolean {
  let i = at;
  // "the past year", "the same period": modifiers before the time.
  while (tokens[i] && (tokens[i]!.pos === 'DET' || /^(?:past|first|last|next|same|early|late|previous|coming)$/i.test(tokens[i]!.text))) i++;
  const t = tokens[i];
  return !!t && (TIME_NOUNS.test(t.text) || /^(?:1[89]|20)\d\d$/.test(t.text));
}

/** "150-strong", "6-foot-tall", "49-percent": the joined word describes the figure, it is not counted. */
const MEASURE_ADJECTIVES = new Set(['strong', 'long', 'wide', 'high', 'deep', 'tall', 'thick', 'old', 'odd', 'plus', 'fold', 'percent', 'per', 'year', 'time']);

/** Nouns whose plural is the singular: "two aircraft", "300 sheep". */
const INVARIANT_PLURALS = new Set(['aircraft', 'spacecraft', 'deer', 'sheep', 'fish', 'series', 'species', 'offspring', 'swine', 'moose', 'bison', 'salmon', 'trout', 'head', 'dozen', 'wounded', 'injured', 'dead', 'missing']);

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'children', 'men', 'women', 'staff', 'personnel', 'cattle', 'crew', 'feet', 'teeth', 'mice', 'geese']);

function isPlural(t: Token): boolean {
  const word = t.text.toLowerCase();
  return IRREGULAR_PLURALS.has(word) || (word !== t.lemma && /s$/.test(word));
}

/**
 * "Americans", "Democrats", "Iraqis", "Turks": a proper noun with the endings of peoples and
 * groups. Other capitalised plurals after a figure are mostly names and titles ("495 Productions",
 * "Five Questions", "11 News", "22 Shipwrecks Found ..."), so only these endings count.
 */
function isPluralName(t: Token): boolean {
  return t.pos === 'PROPN' && (/^\p{Lu}\p{Ll}+(?:ans|ese|[lnqdt]is|ites|os|ats|ims|abs|urds|ers|ines|ks|ots)$/u.test(t.text) || t.text === 'Jews');
}

/** A plural proper noun ("Americans") counts as a head only when no noun follows it. */
function isNextNotNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}
