/**
 * Quantities: every figure in a sentence with what it counts.
 * findNumbers() reads the figure ("about 4,200", "between 40,000 and 45,000"); countedPhrase()
 * reads the noun phrase it governs ("city-based nurses on standby"); here a bare figure takes
 * what its frame says ("a crew of 150"), a level of a measure named before, a side of a vote
 * tally, or the count noun of the figure before it ("the other 300 are ..."), as a reader would.
 */
import type { QuantityMention, Sentence } from '../../contracts/stages.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import { loneOnes } from './loneOne.ts';
import { casualtyVerbAfter, casualtyVerbBefore, nounFromFrame, pluralOf, predicateNoun } from './impliedNouns.ts';
import { quotedAfter, quotedAt } from '../quotes/quotedSpeech.ts';
import { measureNamedEarlier, namedMeasure, shareOfPairAfter, type NamedMeasure } from './measureNamedEarlier.ts';
import { ratioPairs, scorePairs, voteTallies } from './voteTallies.ts';
import { countedPhrase, type CountedPhrase } from './countedPhrase.ts';
import { ratioShare } from './ratioShare.ts';
import { isAppositive, isBracketedAge, isEmergencyNumber, isOpeningName, isQuotedNumber, lendsNoNoun, LABEL_WORD_BEFORE, LIST_MARKER, NAMED_PLURAL_AFTER, NAMED_SINGULAR_AFTER, nounRightAfter } from './namingNumbers.ts';
import { carriedUnit, isChangeJoint } from './readExpression.ts';
import { isStockQuote } from '../../segment/stockTickers.ts';
import { isShareAsGroup } from './shareAsGroup.ts';

/** Kinds of figures that can be quantity claims; years, dates, ordinals and the like are not. */
const QUANTITY_KINDS = new Set(['count', 'money', 'percent', 'measure', 'time']);
/**
 * Unit of clock-time claims (value: minutes after midnight). Times are not counts, but two
 * sources giving different times for one moment (9:06 vs 9:09) is a disagreement to show.
 */
export const CLOCK_TIME = 'clock time';

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
    // "1.", "2)": a numbered list's marker alone on its line counts nothing (nor borrows the noun before).
    if (LIST_MARKER.test(sentence.text)) continue;
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
    const scores = scorePairs(sentence.text, figures, tally);
    const ratios = figures.length > 1 ? ratioPairs(sentence.text, figures, tally) : undefined;
    // The figure before, if it was read as an age: "ages 4, 7 and 10" goes on listing ages.
    let ageBefore: NumberMention | undefined;
    figures.forEach((figure, k) => {
      const phrase = phrases[k];
      // "Harbor Ferries' HFRY, +5.77% board": a live quote's change run into the sentence, not the story's figure.
      if (figure.kind === 'percent' && isStockQuote(sentence.text, figure.start, figure.end)) return;
      // "a member of the 1 percent": a class of people, not a share the story reports (shareAsGroup.ts).
      if (figure.kind === 'percent' && isShareAsGroup(sentence.text, figure.start, figure.end)) return;
      // "CBS' "60 Minutes"", "the 48 Hours episode": a unit written with a capital inside a sentence is a title's word.
      if (figure.kind === 'measure' && figure.start > 0 && /^[\d.,]+[\s-]+\p{Lu}\p{Ll}/u.test(sentence.text.slice(figure.numberStart, figure.end))) return;
      const carried = figure.kind === 'count' && !phrase ? carriedUnit(sentence.text, figure, figures[k + 1]) : undefined; // "from 49,000 to 46,000 years ago"
      let unit = figure.kind === 'time' ? CLOCK_TIME : carried ?? figure.unit;
      if (/^-percent\b/i.test(sentence.text.slice(figure.end))) unit = '%'; // "49-percent owned"
      // "aged 17 and 9", "aged between 35 and 75 years", "at age 19": ages, whatever follows.
      if (figure.kind === 'count' || figure.kind === 'measure') {
        if (AGE_BEFORE.some((frame) => frame.test(sentence.text.slice(0, figure.numberStart))) || (k > 0 && isAgeList(sentence.text, figures[k - 1]!, figure))) unit = AGE;
        if (figure.kind === 'count' && Number.isInteger(figure.value) && AGE_BOUND_AFTER.test(sentence.text.slice(figure.end))) unit = AGE;
        if (ageBefore && ageBefore === figures[k - 1] && figure.kind === 'count' && LIST_GAP.test(sentence.text.slice(ageBefore.end, figure.start))) unit = AGE;
        // "she turns 37 today", "he turned 18 in May": a bare whole number one turns is an age.
        if (figure.kind === 'count' && !phrase && !figure.qualifier && Number.isInteger(figure.value) && figure.value < 130 && TURNS_BEFORE.test(sentence.text.slice(0, figure.start))) unit = AGE;
        // "respectively 75 and 70 years old": bare figures listed before an age share its unit.
        if (figure.kind === 'count' && !phrase && listedBeforeAge(sentence.text, figures, k)) unit = AGE;
        if (figure.kind === 'count' && (BARE_AGE_BEFORE.test(sentence.text.slice(0, figure.numberStart)) || (k > 0 && figures[k - 1]!.kind === 'count' && isBareAgeList(sentence.text, figures[k - 1]!, figure)))) unit = AGE;
      }
      // "one in five Americans": a share (20%), not five Americans.
      const ratio = unit === AGE ? undefined : ratioShare(sentence.text, figure);
      // "three out of four doctors": the part is the share's, read at the whole; it counts no doctors of its own.
      const whole = figures[k + 1];
      if (whole && figure.kind === 'count' && (ratioShare(sentence.text, whole)?.start ?? Infinity) <= figure.start) return;
      if (ratio) {
        const share: QuantityMention = { source: sentence.source, sentence, start: sentence.start + ratio.start, end: sentence.start + figure.end, value: ratio.value, unit: '%' };
        if (ratio.qualifier) share.qualifier = ratio.qualifier;
        if (phrase) share.counts = phrase.text;
        mentions.push(share);
        return;
      }
      let head = unit === AGE || unit === '%' ? undefined : phrase?.head;
      let counts = phrase?.text;
      const after = sentence.text.slice(figure.end);
      // "you can see a billion reports", "not in a million years": a round "a thousand/million/billion"
      // in a speaker's own words, without a hedge, is a manner of speaking, not a figure.
      if ((figure.kind === 'count' || figure.kind === 'measure') && !figure.qualifier && ROUND_ARTICLE_SCALE.test(sentence.text.slice(figure.numberStart)) && quotedAt(openAtStart, sentence.text, figure.start)) return;
      if (figure.kind === 'count' && unit !== AGE && unit !== '%' && !carried) {
        const before = sentence.text.slice(0, figure.start);
        // "the two countries", "the two sides": a pair the story already named, not a figure it reports.
        if (figure.value === 2 && !figure.qualifier && REFERENTIAL_PAIR.test(before)) return;
        if (isEmergencyNumber(sentence.text, figure)) return;
        // "voted 52-48": votes for and against.
        const side = tally.get(figure);
        if (side && !head) {
          head = 'vote';
          unit = 'votes';
          counts = `votes ${side}`;
        }
        // "led 14-7 at halftime": a score, no count of the noun before; "by a 2:1 margin": a ratio, no count of the noun after.
        if ((!head && scores.has(figure)) || ratios?.has(figure)) return;
        // "Jane Roe (26) from Leeds": a bare age in brackets after a name, as an appositive age is, is no count.
        if (!head && isBracketedAge(sentence.text, figure)) return;
        // "the winning numbers were 8, 20, 14, 17 and 39": a run of bare figures is a list of numbers, not counts.
        if (!head && inBareRun(sentence.text, figures, phrases, k)) return;
        const written = sentence.text.slice(figure.numberStart, figure.end);
        // "the 911 was found": the digits of a model named before ("a Porsche 911"), not a count.
        if (!head && !figure.qualifier && modelNumbers.has(written)) return;
        // "an aftershock measured 5.8" after "a magnitude 6.2 quake": a level of the measure named before.
        const level = head ? undefined : measureNamedEarlier(lastMeasure, sentence, figure) ?? shareOfPairAfter(sentence.text, figure, figures[k + 1]);
        if (level) unit = level;
        // "a crew of 150", "a city of 400,000", "one of three", "the death toll rose to 40": the frame says what is counted.
        const framed = head || level ? undefined : nounFromFrame(sentence.text, figure, tokens);
        if (framed) {
          head = framed.head;
          unit = framed.unit;
          counts = framed.counts ?? counts;
        }
        // An elliptical figure stands alone: a hyphen or a word right after it makes it part of something else.
        // "Officials counted 14 dead and 27 injured" after a sentence about passengers: people, not the noun before.
        if (!head && !level && lastHead && lastHead.sentence !== sentence.index && casualtyVerbAfter(sentence.text, figure) && /^\s+(?:dead|injured|wounded|hurt|missing|killed)\b/i.test(after)) {
          head = 'people';
          unit = 'people';
        }
        // "went from 40 to 60 people": the level before the change counts the noun after the level it reached.
        const reached = phrases[k + 1];
        if (!head && !level && reached && figures[k + 1]!.kind === 'count' && isChangeJoint(sentence.text, figure, figures[k + 1]!)) {
          head = reached.head;
          unit = reached.unit;
        }
        // ("20 Peabody Awards": a figure before a capitalised plural names its own thing, one the count nouns do not know.)
        // ("lane 2", "part 3", "rates about 0.7": a number after a label word, or a fraction, counts nothing.)
        if (!head && !level && lastHead && !/^-\p{L}/u.test(after) && !nounRightAfter(tokens, figure) && !isQuotedNumber(sentence.text, figure) && !NAMED_PLURAL_AFTER.test(after) && !NAMED_SINGULAR_AFTER.test(after) && lastHead.paragraph >= sentence.paragraph - 1 && sentence.index - lastHead.sentence <= 2 && !isAppositive(sentence.text, figure) && Number.isInteger(figure.value) && !LABEL_WORD_BEFORE.test(sentence.text.slice(0, figure.start)) && !isOpeningName(tokens, figure) && !lendsNoNoun(sentence.text, figure)) {
          // Elliptical figure: "Of the 600 workers, about 450 are ..." counts workers too.
          head = lastHead.head;
          unit = lastHead.unit;
        }
        // "At least 15 died", "three were wounded" with no count noun before, "the blast killed 20.": people.
        if (!head && !level && (casualtyVerbAfter(sentence.text, figure) || casualtyVerbBefore(sentence.text, figure))) {
          head = 'people';
          unit = 'people';
        }
        // "a study estimates that 4.5 million are indentured labourers": the complement names what is counted.
        const complement = head || level ? undefined : predicateNoun(tokens, figure);
        if (complement) {
          head = complement.head;
          unit = complement.unit;
        }
        if (!head && !level) return; // a bare number with nothing to count is not a claim
        unit ??= phrase?.unit ?? head;
      }
      if (!unit) return;
      // "three students, ages 4 and 5": more people than ages listed, so the two ages bound the group's span (4-5 years
      // old), as "between the ages of 4 and 5" does; "two children, ages 10 and 6" stay two ages.
      const last = mentions[mentions.length - 1];
      if (unit === AGE && k >= 2 && last && last.unit === AGE && last.sentence === sentence && last.low === undefined && ageBefore === figures[k - 1] && isAgeList(sentence.text, figures[k - 1]!, figure) && /^\s*(?:and|to|or|-)\s*$/.test(sentence.text.slice(figures[k - 1]!.end, figure.start)) && figures[k - 1]!.value < figure.value && !(figures[k + 1] && LIST_GAP.test(sentence.text.slice(figure.end, figures[k + 1]!.start)))) {
        const group = figures[k - 2]!;
        const groupPhrase = phrases[k - 2];
        const between = sentence.text.slice(group.end, figures[k - 1]!.start);
        if (group.kind === 'count' && Number.isInteger(group.value) && group.value > 2 && groupPhrase && /^[^.;:]{0,40},?\s*(?:ages|aged)\s*$/.test(between)) {
          last.low = figures[k - 1]!.value;
          last.high = figure.value;
          last.value = (last.low + last.high) / 2;
          last.end = sentence.start + figure.end;
          ageBefore = undefined;
          return;
        }
      }
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
      // "21 and younger" is at most 21, "12 and older" at least 12.
      const bound = unit === AGE && !figure.qualifier ? AGE_BOUND_AFTER.exec(sentence.text.slice(figure.end)) : null;
      if (bound) mention.qualifier = /younger|under/i.test(bound[0]) ? 'at most' : 'at least';
      if (counts) mention.counts = counts;
      if (head) mention.head = head;
      mentions.push(mention);
      ageBefore = unit === AGE ? figure : undefined;
      // A later elliptical figure ("One tanker sank and three more ...") borrows the noun in the plural.
      // ("shot four times": a frequency is no thing a later "the four" counts.)
      if (figure.kind === 'count' && phrase?.head && unit !== 'times') lastHead = { head: phrase.head, unit: figure.value === 1 && unit === phrase.head && !/s$/.test(unit) ? pluralOf(phrase.head) : unit, paragraph: sentence.paragraph, sentence: sentence.index };
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
    // "7,000 dead and 50,000 wounded": a word that stands for people hurt or killed is the figure's own
    // noun, not a modifier of the next figure's (the dead are not counted among the wounded).
    if (CASUALTY_WORD.test(between)) continue;
    if (/^\s*(?:[\p{L}-]+\s*)?(?:,\s*(?:and|or)?|and|or)\s*(?:about|some|nearly|more than|over)?\s*$/iu.test(between)) {
      phrases[k] = { text: next.text, head: next.head, unit: next.unit };
    }
  }
}

/** "dead", "wounded", "missing" right after a figure: the people the figure counts, in a list of such figures. */
const CASUALTY_WORD = /^\s*(?:dead|injured|wounded|hurt|missing|killed)\b/i;

/**
 * "more than a month", "nearly an hour": a hedged "a"/"an" before a unit of time is one of it.
 * (Without a hedge, "a month" is rarely a figure anyone reports; "a year and a half" is one.)
 */
function oneUnitOfTime(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  // Most sentences have no "a"/"an" before a unit: this one literal test costs far less than the
  // hedges tried at every word.
  if (!A_UNIT.test(text)) return out;
  // ("about a mile", "a little more than a mile": a hedged distance is one of its unit too.)
  for (const m of text.matchAll(/\b(a little more than|a little less than|a little over|a little under|more than|less than|nearly|almost|about|over|under|just over|just under|at least|roughly|around|within)\s+(an?)\s+(second|minute|hour|day|week|month|year|decade|century|mile|kilomet(?:er|re)|met(?:er|re)|foot|yard)\b/gi)) {
    const unitWord = m[3]!.toLowerCase();
    const half = /^\s+and\s+a\s+half\b/i.exec(text.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (half?.[0].length ?? 0);
    out.push({ start: m.index, end, numberStart: m.index + m[1]!.length + 1, kind: 'measure', value: half ? 1.5 : 1, unit: TIME_UNITS[unitWord] ?? `${unitWord}s`, qualifier: m[1]!.toLowerCase() });
  }
  // "spent a week", "closed for a month", "in an hour": after a word that measures time out, an unhedged
  // "a"/"an" is one of the unit ("once a week", "a week later", "$5 million a year" are not durations).
  // ("a second" is too often the ordinal: "for a second time".)
  for (const m of text.matchAll(DURATION_OF_ONE)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const unitWord = m[3]!.toLowerCase();
    const start = m.index + m[1]!.length + 1;
    out.push({ start, end: m.index + m[0].length, numberStart: start, kind: 'measure', value: 1, unit: TIME_UNITS[unitWord] ?? `${unitWord}s` });
  }
  // "a year and a half", "an hour and a half": one and a half of the unit, hedged or not.
  for (const m of text.matchAll(/(?<![\p{L}-])(an?)\s+(second|minute|hour|day|week|month|year|decade|century)\s+and\s+a\s+half\b/giu)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const unitWord = m[2]!.toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, numberStart: m.index, kind: 'measure', value: 1.5, unit: TIME_UNITS[unitWord] ?? `${unitWord}s` });
  }
  return out;
}

/**
 * A word that measures time out, then "a"/"an" and a unit of time: not "a day or two", "a year's", "a
 * year and a half" (read above), nor "in a year when ...", a particular year rather than a span.
 */
const DURATION_OF_ONE = /(?<![\p{L}-])(for|in|within|spent|spend|spends|spending|lasted|lasts|lasting|took|takes|taking|waited|waits|waiting)\s+(an?)\s+(minute|hour|day|week|month|year|decade)(?![\p{L}'’-])(?!\s+(?:and\s+a\s+half|or|when|where|that|which|whose|in\s+which)\b)/giu;

/**
 * What both of oneUnitOfTime's patterns hold, "a"/"an" and a unit ("a month", "an hour"), and no
 * more (what comes before or after is theirs to test): a text without it matches neither.
 */
const A_UNIT = /an?\s+(?:second|minute|hour|day|week|month|year|decade|century|mile|kilomet(?:er|re)|met(?:er|re)|foot|yard)/iu;

/** numbers.ts's names for units of time. */
const TIME_UNITS: Record<string, string> = { second: 's', minute: 'min', hour: 'h', day: 'days', week: 'weeks', month: 'months', year: 'years', decade: 'decades', century: 'centuries', mile: 'mi', kilometer: 'km', kilometre: 'km', meter: 'm', metre: 'm', foot: 'ft', yard: 'yd' };

/** "a million", "half a billion": a round scale led by an article, as speech rounds things. */
const ROUND_ARTICLE_SCALE = /^(?:half\s+)?an?\s+(?:hundred|thousand|million|billion|trillion)\b/i;

/** "the two sides", "these two countries": a determiner that points back at a pair already named. */
const REFERENTIAL_PAIR = /\b(?:the|these|those)\s+$/i;

/**
 * Words right before a figure that make it an age: "aged 17", "at age 19", "at the age of 91", "ages 19 and 22",
 * "the ages of the arrested ranged from 28 to 70", "ranging in age from 18 to 25". Without them
 * such a span would borrow the count noun of the sentence before ("28-70 people").
 */
const AGE_BEFORE: readonly RegExp[] = [
  // ("diagnosed before age 50": the bound of an age, as health reports write it.)
  /\b(?:aged|(?:at|of|than|over|under|before|after|by|until|from|below|above) age|(?:at|from|by|until|since|before|after|under|over) the age of)\s*(?:between\s*)?$/i,
  /\bages\s*(?:between\s*)?$/i,
  /\bages?\b(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+(?:from|between)\s*$/i,
  /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+in\s+age\s+(?:from|between)\s*$/i,
  // "their average age was 7", "the median age for children with it is 7": the figure an age is said to be.
  /\bage\b(?:\s+(?:for|of|among)\s+[^,;.]{1,40}?)?\s+(?:is|was|were)\s*(?:about\s*|around\s*)?$/i,
];
/** "patients 21 and younger", "children 12 and under": a bare figure bounded so is an age. */
const AGE_BOUND_AFTER = /^\s+(?:and|or)\s+(?:younger|older|under|up)\b/i;

/** "between the ages of six and 12", "children as young as 10": bare figures that are ages ("the ages of 6 weeks and 6 years" keep their units). */
const BARE_AGE_BEFORE = /\b(?:ages\s+of\s*(?:between\s*)?|as\s+(?:young|old)\s+as\s*)$/i;

/** "turns", "turned", "will turn", "turning" right before a bare figure (an age: "turns 37"). */
const TURNS_BEFORE = /(?<![\p{L}-])turn(?:s|ed|ing)?\s+$/iu;

/** Unit of ages, as numbers.ts writes "N-year-old". */
const AGE = 'years old';

/** "aged 17 and 9", "ages 19 and 22": the second figure of a list opened by "aged" or "ages". */
function isAgeList(text: string, previous: NumberMention, figure: NumberMention): boolean {
  return /\b(?:aged|ages)\s*$/i.test(text.slice(0, previous.numberStart)) && /^\s*(?:,|and|or)\s*$/.test(text.slice(previous.end, figure.start));
}

/** "between the ages of six and 12": the second bare figure of a pair opened by "the ages of". */
function isBareAgeList(text: string, previous: NumberMention, figure: NumberMention): boolean {
  return /\bages\s+of\s*(?:between\s*)?$/i.test(text.slice(0, previous.numberStart)) && /^\s*(?:and|or|to|-)\s*$/.test(text.slice(previous.end, figure.start));
}

/**
 * "aged respectively 75 and 70 years old", "4, 7 and 9 years old": a bare whole number joined by list
 * separators only to an age written with its unit is an age too, the unit written once for the list.
 */
function listedBeforeAge(text: string, figures: NumberMention[], k: number): boolean {
  for (let j = k; j + 1 < figures.length; j++) {
    const figure = figures[j]!;
    if (figure.kind !== 'count' || !Number.isInteger(figure.value) || figure.value >= 130) return false;
    if (!LIST_GAP.test(text.slice(figure.end, figures[j + 1]!.start))) return false;
    const next = figures[j + 1]!;
    if (next.kind === 'measure') return next.unit === AGE;
  }
  return false;
}

/** Between two figures of a list: a comma, "and" or "or" and nothing else. */
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;

/**
 * Whether figure `k` is one of three or more figures in a row with no noun of their own, joined
 * only by commas, "and" or "or" ("8, 20, 14, 17 and 39"): numbers listed (a draw, jersey numbers,
 * scores), which no noun of an earlier sentence counts. A list that shares a noun ("4, 7 and 10
 * children") has one from shareListHeads.
 */
function inBareRun(text: string, figures: readonly NumberMention[], phrases: ReadonlyArray<CountedPhrase | undefined>, k: number): boolean {
  const bare = (i: number) => figures[i]!.kind === 'count' && !figures[i]!.qualifier && !phrases[i];
  const joined = (i: number) => LIST_GAP.test(text.slice(figures[i]!.end, figures[i + 1]!.start));
  let first = k;
  while (first > 0 && bare(first - 1) && joined(first - 1)) first--;
  let last = k;
  while (last < figures.length - 1 && bare(last + 1) && joined(last)) last++;
  return last - first >= 2;
}
