/**
 * Whether a sentence reads on its own, outside its article: a headline or a home page's summary
 * must not open with a pointer back into the article ("They said ...", "The find was ...",
 * "On Aug. 28, the storm ..."). General English only: no event's words.
 */
import { datelineLength } from '../clean/dateline.ts';
import { tokenize, type Token } from '../segment/tokens.ts';

/** Past this many words a sentence is never a headline. */
const MAX_WORDS = 40;

/**
 * First words that point back into the article ("They said ...", "But the storm ..."), so the
 * sentence only makes sense after the ones before it.
 */
const LEANS_ON_CONTEXT = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'this', 'that', 'these', 'those', 'there', 'then', 'here', 'such', 'both', 'another', 'others', 'other', 'the latter', 'the former',
  'but', 'and', 'or', 'so', 'yet', 'still', 'also', 'however', 'meanwhile', 'instead', 'later', 'earlier', 'now', 'afterward', 'afterwards',
  'although', 'though', 'while', 'because', 'since', 'if', 'when', 'as', 'even', 'nor', 'neither', 'besides', 'moreover', 'furthermore',
  'nevertheless', 'nonetheless', 'otherwise', 'thus', 'hence', 'indeed', 'likewise', 'similarly', 'again', 'too',
  'the same', 'the other', 'the rest', 'the pair', 'the couple', 'the duo', 'the trio',
]);
/**
 * Prepositions that open a scene-setting phrase ("On Aug. 28, the storm was still a day away",
 * "Before dinner on July 29, ...", "For the experiment, ..."): the time, place or purpose is the
 * article's, told as a story, not the news.
 */
const SCENE_OPENERS = /^(?:on|by|at|in|for|before|after|until|till|from|during|within|around|about|last|early|late|that|this|one)\b[^,]{0,40},\s/i;

/**
 * Nouns that, after a bare "the", stand for something the article has already named: an act or a
 * finding told before ("The find was presented ...", "The move angered ...", "The decision
 * came ..."), or a person or thing introduced before ("The suspect ...", "The animal ...").
 * With a modifier after them ("The decision of the court", "The crash involving a bus") they
 * say what they are, and may open a headline.
 */
const SHELL_NOUNS = new Set([
  'find', 'finding', 'findings', 'discovery', 'move', 'decision', 'deal', 'agreement', 'announcement', 'plan', 'plans', 'proposal',
  'measure', 'bill', 'law', 'rule', 'ruling', 'verdict', 'order', 'change', 'changes', 'step', 'action', 'attack', 'incident',
  'event', 'accident', 'crash', 'shooting', 'blast', 'explosion', 'case', 'situation', 'issue', 'problem', 'matter', 'report',
  'study', 'research', 'survey', 'paper', 'result', 'results', 'news', 'statement', 'comments', 'remarks', 'claim', 'claims',
  'allegation', 'allegations', 'letter', 'video', 'footage', 'photo', 'photos', 'image', 'images', 'picture', 'post', 'tweet',
  'message', 'episode', 'film', 'movie', 'show', 'series', 'book', 'song', 'album', 'character', 'trip', 'visit', 'meeting',
  'talks', 'vote', 'effort', 'project', 'program', 'programme', 'operation', 'mission', 'scheme', 'idea', 'development',
  'controversy', 'scandal', 'row', 'dispute', 'attempt', 'offer', 'request', 'response', 'reaction', 'man', 'woman', 'men',
  'women', 'boy', 'girl', 'suspect', 'suspects', 'victim', 'victims', 'teen', 'teenager', 'child', 'baby', 'animal', 'creature',
  'species', 'object', 'device', 'item', 'product', 'thing', 'company', 'firm', 'group', 'star', 'official', 'officials',
  'moves', 'decisions', 'deals', 'attacks', 'incidents', 'events', 'accidents', 'crashes', 'shootings', 'blasts', 'explosions',
  'cases', 'reports', 'studies', 'statements', 'letters', 'videos', 'meetings', 'visits', 'efforts', 'operations', 'raids', 'raid',
]);
/** A line that is a page's label, not news: "Warning: Contains spoilers ...", "View Images ...", "Photo: ...". */
export const NOT_A_HEADLINE = /^(?:warning|spoilers?(?: alert)?|editor['’]s note|note|photos?|view images|images?|gallery|caption)\b\s*[:\-–—]?/i;
/** A photo caption's marks: who stands where ("(2nd L)", "(above)"), "is seen", "pictured", a file photo. */
const CAPTION = /\((?:\d+(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|center|centre|above|below|top|bottom|pictured)\)|\b(?:is|are) seen\b|\bpictured\b|\bfile photo\b/i;
/** A time counted from another the article gave: "days earlier", "a week later", "the day before", "the next day". */
const RELATIVE_TIME = /\b(?:(?:minutes?|hours?|days?|weeks?|months?|years?|moments?)\s+(?:earlier|later|before)|the (?:day|night|week|month|year) (?:before|after)|the (?:next|following|previous) (?:day|morning|night|week))\s*[.,;!]?\s*$/i;
/**
 * A time counted from the day the article was written: "Ten years ago this morning, ...",
 * "Yesterday, ...", "Last week, ...": outside its article the reader does not know when that was.
 */
const OPENS_RELATIVE_TIME = /^(?:(?:\p{L}+|\d+|a|an)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+ago|yesterday|today|tonight|last\s+(?:night|week|weekend|month|year|\p{L}+day)|this\s+(?:morning|afternoon|evening|week|weekend))\b/iu;
/** The first person ("I", "me", "our"), case-sensitive for "us" so that "US" the country is not read as it. */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|me|my|mine|[Ww]e|[Oo]ur|ours|us)(?![\p{L}’']|\.\p{L})/u;
/** Words that begin a modifier after the noun, so the phrase says what it stands for. */
const POST_MODIFIER = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'to', 'by', 'with', 'involving', 'who', 'which', 'that', 'over', 'against', 'between', 'about', 'near', 'into', 'after', 'since']);
/** "this week", "that morning": a demonstrative of time points at the calendar, not back into the article. */
const TIME_NOUNS = /^(?:week|weekend|year|month|morning|afternoon|evening|night|day|season|spring|summer|fall|autumn|winter|time|century|decade|quarter)s?$/i;

/** The sentence without its wire dateline ("PORTO (Wire) - The ferry ..." -> "The ferry ..."). */
export function withoutDateline(text: string): string {
  // "Dec 17 (Wire) - The jackpot ...": a date-first wire dateline, which the cleaner's datelines
  // (a place first) leave; an outlet in brackets and a dash after a date say it is one.
  const dated = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*\([\p{L} .&]+\)\s*[-–—]+\s*/u.exec(text);
  if (dated && /^\p{Lu}/u.test(text.slice(dated[0].length))) return text.slice(dated[0].length);
  // "HOPE — A woman ...", "HILLS >> Detectives ...": a town in capitals and a dash, which the cleaner's datelines (a comma or an outlet) leave.
  const town = /^\p{Lu}[\p{Lu}.' -]{1,40}?\s+(?:[—–-]+|>>)\s+(?=\p{Lu})/u.exec(text);
  if (town && !/\p{Ll}/u.test(town[0])) return text.slice(town[0].length);
  const cut = datelineLength(text);
  // "Sen. Ana Lima (D-Norland) on Sunday said ...": a parenthesis followed by lower case is the
  // sentence's own aside, not a dateline's outlet; a dateline is followed by the news, in capitals.
  if (cut && /^\p{Lu}|^["“‘]/u.test(text.slice(cut))) return text.slice(cut);
  return text;
}

/** True when the sentence reads on its own as a headline: it opens with its subject, not a pointer back into its article. */
export function standsAlone(sentence: string): boolean {
  const text = withoutDateline(sentence).trim();
  if (!/^[\p{Lu}\d]/u.test(text)) return false; // a quotation, a bracket or a lower-case continuation
  if (/\?\s*$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 4 || words.length > MAX_WORDS) return false;
  if (opensWithPointer(words)) return false;
  // "Suddenly, it began ...": an adverb and a comma before the pointer do not make it stand alone.
  if (/^\p{L}+ly,$/u.test(words[0]!) && opensWithPointer(words.slice(1))) return false;
  if (SCENE_OPENERS.test(text)) return false;
  // "Wow, the ratings are in": an interjection opens a blog's aside, not a headline.
  if (/^(?:wow|well|ok|okay|so|yes|no|oh|look|listen|hey|alas|yikes|whoa)\b[,!.]/i.test(text)) return false;
  // "The nations have also agreed ...": "also" near the start adds to something said before.
  if (/^(?:\S+\s+){1,5}also\b/i.test(text)) return false;
  if (NOT_A_HEADLINE.test(text)) return false;
  // A photo's caption ("Ana Lima (2nd L) and ...", "The pier is seen in May"), not a report of the news.
  if (CAPTION.test(text)) return false;
  // "... days earlier", "the day before", "a week later": a time counted from one the article told before.
  if (RELATIVE_TIME.test(text)) return false;
  if (OPENS_RELATIVE_TIME.test(text)) return false;
  // News is told in the third person: "me", "our" make it someone's own words (a column, a post).
  if (FIRST_PERSON.test(text)) return false;
  // A quotation's end ("... couldn't duplicate it there.\"") is a piece of a longer quotation.
  if (!balancedQuotes(text)) return false;
  const tokens = tokenize(text);
  if (refersBack(tokens)) return false;
  // A headline says what happened: it has a verb.
  return tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** True when the words open with a pronoun, a connective or a phrase that only the article's earlier sentences explain. */
function opensWithPointer(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  // "It's been ...", "They're ...": the pronoun without its contraction.
  const first = words[0]!.toLowerCase().replace(/[’'](?:s|re|ve|ll|d|m)$/, '').replace(/[^\p{L}'’]/gu, '');
  const firstTwo = `${first} ${words[1]!.toLowerCase().replace(/[^\p{L}'’-]/gu, '')}`;
  return LEANS_ON_CONTEXT.has(first) || LEANS_ON_CONTEXT.has(firstTwo);
}

/**
 * True for a sentence that names its subject by what the article said before: a bare "the" and a
 * shell noun ("The find was presented ...", "The brunette suspect — described as ..."), a bare
 * number ("The two were covering ..."), an age ("The 19-year-old star ..."), or a demonstrative
 * anywhere ("mystified by that conclusion", "as this legislation is known").
 */
export function refersBack(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT' || /^[—–-]$/.test(t.text));
  if (words[0]?.text.toLowerCase() === 'the') {
    // Up to two lower-case modifiers, then the noun: "The fatal crash", "The brunette suspect".
    for (let i = 1; i <= 3 && i < words.length; i++) {
      const word = words[i]!;
      if (/^\p{Lu}/u.test(word.text) || word.pos === 'PROPN') break; // "The Norland ferry": a name says what it is
      if (/^\d+-year-old$/i.test(word.text)) return true; // "The 35-year-old ...": someone the article named before
      if (word.pos === 'NUM') return i === 1 && bare(words[i + 1]);
      // Before the part of speech: the tagger reads some of these nouns as verbs ("The brunette suspect").
      if (SHELL_NOUNS.has(word.text.toLowerCase())) return bare(words[i + 1]);
      if (word.pos !== 'ADJ' && word.pos !== 'NOUN') break;
    }
  }
  return tokens.some((t, i) => {
    const word = t.text.toLowerCase();
    const next = tokens[i + 1];
    if (!next || !/^(?:this|that|these|those)$/.test(word) || TIME_NOUNS.test(next.text)) return false;
    // "said that she ..." is a conjunction; "by that conclusion" and "this urgently needed law" point back.
    // "billionaires that police deemed ..." is a relative clause: after a noun, "that" points forward.
    if (word === 'that') return t.pos === 'DET' && tokens[i - 1]?.pos !== 'NOUN' && tokens[i - 1]?.pos !== 'PROPN';
    return t.pos === 'DET' || (t.pos === 'PRON' && i > 0 && ['ADJ', 'ADV', 'NOUN'].includes(next.pos));
  });
}

/** True when nothing after the noun says which one it is: a verb, a dash or a comma follows, not "of ..." or "in ...". */
function bare(next: Token | undefined): boolean {
  if (!next) return true;
  return !POST_MODIFIER.has(next.text.toLowerCase()) && next.pos !== 'PROPN' && next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'NUM';
}

/** True when every quotation the text opens it also closes (and none closes that was not opened). */
export function balancedQuotes(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  return straight % 2 === 0 && opened === closed;
}
