/**
 * Compose: facts become the explainer's Markdown. Extractive: every sentence shown is a
 * source's own sentence (escaped), followed by citation directives naming its sources.
 */
import type { Claim, Conflict, Facts } from '../contracts/facts.ts';
import type { GeneratedFile } from '../contracts/generated.ts';
import type { EventMeta } from '../ingest/sourcesYaml.ts';
import { sourceCount } from '../align/evidence.ts';
import { pickDescription, pickHeadline, type Headline } from './eventTitle.ts';
import { standsAlone, withoutDateline } from './standsAlone.ts';
import { leadFigures } from './leadFigures.ts';
import { conflictLead, distinctConflicts } from './conflictLead.ts';
import { conflictSides } from './conflictSides.ts';
import { conflictFigures } from './conflictFigures.ts';
import { citation, escapeMarkdown, frontmatter } from './markdown.ts';
import { correctedTitle } from '../corrections/applyCorrections.ts';
import { formatQuantity } from './format.ts';
import { whatItCounts } from './figureCounts.ts';
import { eventContext, quoteLine, spokenTexts } from './quoteLine.ts';
import { countedSources, verbFor } from './counting.ts';

/** How many claims each section shows at most; the /claims page (later) lists all. */
const LIMITS = { lede: 3, numbers: 12, quotes: 10, background: 8 };

export function composeSite(facts: Facts, event: EventMeta = {}): GeneratedFile[] {
  return [
    { path: 'explainer.md', content: composeExplainer(facts, event) },
    // What the /claims/ list shows for reported speech, read here with the tagger so that the site's build never loads it.
    { path: 'spoken.json', content: `${JSON.stringify(spokenTexts(facts), null, 2)}\n` },
  ];
}

export function composeExplainer(facts: Facts, event: EventMeta = {}): string {
  const shown = new ShownPassages();
  const cite = (c: Claim): string => citation(c.id, c.evidence.map((e) => e.source));
  // Sentences that are someone's words: never the lede's nor Background's.
  const quoted = quotedSpeech(facts);
  // Take lede sentences one at a time: taking every candidate would mark all statements as shown.
  const ranked = pickLede(facts, quoted);
  // The editors' title (corrections.yaml) wins, then the event's own (sources.yaml), then the one chosen from the sources.
  const given = correctedTitle(facts) ?? event.title;
  const headline: Headline = given ? { title: given, cut: false } : pickHeadline(facts, ranked);
  const title = headline.title;
  const lede: Claim[] = [];
  // A headline cut short at a clause's end: its whole sentence opens the lede, so nothing it said is lost.
  if (headline.cut && headline.from && headline.from.kind !== 'quote' && shown.take(headline.from)) lede.push(headline.from);
  for (const c of ranked) {
    if (lede.length >= LIMITS.lede) break;
    if (shown.take(c)) lede.push(c);
  }
  // The explainer opens with a sentence that reads on its own: "He was ordered to pay ..." needs the
  // sentence its article put before it, so a lede sentence that stands alone goes first.
  // Not a time stamp run into the sentence ("1:02 P.M. Nearly ...") nor a teaser that trails off ("... in three easy steps …").
  const opener = lede.findIndex((c) => standsAlone(c.text) && !/^\d/.test(c.text) && !/(?:…|\.\.\.)\s*$/.test(c.text));
  if (opener > 0) lede.unshift(...lede.splice(opener, 1));
  // The summary under the headline never repeats it; with no other sentence it is the headline (a page needs a description).
  const total = countedSources(facts.sources);
  // With no sentence that reads alone, the summary says what the page holds rather than repeat the title.
  const description = event.description ?? (pickDescription(title, lede, ranked) || `What ${total === 1 ? 'one source reports' : `${total} sources report`}, claim by claim, each with its own words.`);
  const copyOf = new Map(facts.sources.filter((source) => source.copyOf).map((source) => [source.id, source.copyOf!]));

  const parts: string[] = [];
  parts.push(frontmatter({ title, description, sources: total, claims: facts.claims.length }));
  // The explainer's own sentences read without a wire dateline ("PORTO (Wire) - "): that is the
  // article's furniture; the citation leads to the passage as the source printed it.
  parts.push(lede.map((c) => `${sentenceOf(c)} ${cite(c)}`).join(' ') || escapeMarkdown(title));

  // The figures that matter to the story, best-corroborated first; no times of day.
  const numbers = leadFigures(facts.claims, title).slice(0, LIMITS.numbers);
  if (numbers.length) {
    parts.push('## The numbers');
    // One line per sentence: a sentence that gives several figures is shown once, each figure with
    // what it counts and its own marker ("117% higher risk of heart attack 2/3, 136% ... 1/3: <sentence>").
    const figure = (c: Claim): string => `**${escapeMarkdown(formatQuantity(c.quantity!))}**${withSpace(escapeMarkdown(whatItCounts(c)))}`;
    parts.push(bySentence(numbers).map((group) => group.length === 1
      ? `- ${figure(group[0]!)}: ${sentenceOf(group[0]!)} ${cite(group[0]!)}${agreement(group[0]!, copyOf)}`
      : `- ${group.map((c) => `${figure(c)} ${cite(c)}${agreement(c, copyOf)}`).join(', ')}: ${sentenceOf(group[0]!)}`).join('\n'));
  }

  const quotes = facts.claims.filter((c) => c.kind === 'quote' && c.speaker).slice(0, LIMITS.quotes);
  if (quotes.length) {
    parts.push('## Who said what');
    // Quotation marks only around a source's own quotation; reported speech reads "X said that ..." only
    // when the source reports a clause (quoteLine.ts). The sources' passages tell a name's capital from a sentence's.
    const context = eventContext(facts);
    parts.push(quotes.map((c) => `- ${quoteLine(c, context)} ${cite(c)}${agreement(c, copyOf)}`).join('\n'));
  }

  if (facts.conflicts.length) {
    parts.push('## Where the sources differ');
    // Each conflict is a block the site shows side by side; each side cites only the source that words it that way.
    parts.push(distinctConflicts(facts.conflicts).map((conflict) => {
      // Each side of a value conflict opens with its figure in its own words ("**at least 19**: “...”").
      const figures = conflictFigures(conflict, facts.claims);
      const figureOf = new Map(conflict.wordings.map((w, i) => [w, figures?.[i]]));
      const figure = (w: Conflict['wordings'][number]): string => {
        const given = figureOf.get(w);
        return given ? `**${escapeMarkdown(given)}**: ` : '';
      };
      return [
        `:::conflict{kind="${conflict.kind}"}`,
        escapeMarkdown(conflictLead(conflict, facts.claims)),
        '',
        // Earliest first, with each side's publication time, when the sources give one: an evolving figure reads as one.
        ...conflictSides(conflict, facts.sources).map(({ wording: w, when }) => `- ${figure(w)}“${escapeMarkdown(w.wording)}” ${citation(w.claim, [w.source])}${when ? ` (${escapeMarkdown(when)})` : ''}`),
        '', // without a blank line the fence would continue the last list item, and the block would never close
        ':::',
      ].join('\n');
    }).join('\n\n'));
  }

  // Statements not already shown as a lede sentence, a figure or a quote.
  for (const c of [...numbers, ...quotes]) shown.take(c);
  const background = facts.claims.filter((c) => c.kind === 'statement' && !quoted(c) && shown.take(c)).slice(0, LIMITS.background);
  if (background.length) {
    parts.push('## Background');
    parts.push(background.map((c) => `${sentenceOf(c)} ${cite(c)}`).join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** A claim's sentence as the explainer shows it: the source's words, without a wire dateline. */
function sentenceOf(claim: Claim): string {
  return escapeMarkdown(withoutDateline(claim.text));
}

/** The figures in lead order, those of one sentence together where the first of them stands. */
function bySentence(figures: readonly Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const c of figures) {
    const group = groups.get(c.text);
    if (group) group.push(c);
    else groups.set(c.text, [c]);
  }
  return [...groups.values()];
}

/** " nurses" after a figure, or nothing when the figure says it all ("45%"). */
function withSpace(noun: string): string {
  return noun ? ` ${noun}` : '';
}

/**
 * A note after a claim's marker when some of its sources repeat another ("1 more repeats another"):
 * the marker itself says how many sources support it ("3/5"), so its count is not written twice.
 */
function agreement(c: Claim, copyOf: ReadonlyMap<string, string>): string {
  const sources = new Set(c.evidence.map((e) => e.source));
  const repeats = [...sources].filter((s) => sources.has(copyOf.get(s) ?? '')).length;
  return repeats ? ` *(${repeats} ${verbFor(repeats, 'repeat')} another of these sources)*` : '';
}

/**
 * The lede: sentences of the best-corroborated facts, and among equally corroborated ones
 * those nearest the top of their articles, where news puts what matters most.
 */
function pickLede(facts: Facts, quoted: (claim: Claim) => boolean): Claim[] {
  const candidates = facts.claims.filter((c) => c.kind !== 'quote' && !quoted(c) && readsAsSentence(c.text));
  const lengths = new Map<string, number>();
  for (const c of facts.claims) for (const e of c.evidence) lengths.set(e.source, Math.max(lengths.get(e.source) ?? 1, e.end));
  const earliness = (c: Claim): number => c.evidence.reduce((sum, e) => sum + e.start / lengths.get(e.source)!, 0) / c.evidence.length;
  return [...candidates].sort((a, b) => sourceCount(b.evidence) - sourceCount(a.evidence) || earliness(a) - earliness(b));
}

/**
 * Whether every passage of a claim lies inside a source's own quotation (a direct quote's evidence): the
 * last sentence of a long quotation read as a statement would open the lede with someone's words
 * and a lone closing quotation mark. Such words belong under "Who said what", with their speaker;
 * so does any sentence whose quotation marks do not pair up, or that speaks in the first or second person.
 */
function quotedSpeech(facts: Facts): (claim: Claim) => boolean {
  const spans = facts.claims.filter((c) => c.kind === 'quote').flatMap((c) => c.evidence.filter((e) => e.form !== 'reported'));
  const inside = containment(spans);
  return (claim) => unbalancedQuotes(claim.text) || FIRST_PERSON.test(claim.text) || claim.evidence.every((e) => inside(e.source, e.start, e.end - 1));
}

/**
 * Whether some span of a source starts at or before `start` and ends at or after `end`: per
 * source, the spans sorted by start with the furthest end reached so far, so that each question
 * is a binary search, not a look at every span (a many-article event has thousands of each).
 */
function containment(spans: ReadonlyArray<{ source: string; start: number; end: number }>): (source: string, start: number, end: number) => boolean {
  const bySource = new Map<string, { starts: number[]; furthest: number[] }>();
  const grouped = Map.groupBy(spans, (s) => s.source);
  for (const [source, list] of grouped) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    let far = -Infinity;
    bySource.set(source, { starts: sorted.map((s) => s.start), furthest: sorted.map((s) => (far = Math.max(far, s.end))) });
  }
  return (source, start, end) => {
    const at = bySource.get(source);
    if (!at) return false;
    let lo = 0;
    let hi = at.starts.length; // the first index whose start is after `start`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at.starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at.furthest[lo - 1]! >= end;
  };
}

/** News is written in the third person: "I", "my", "we", "you" in a sentence make it someone's words (a quotation cut into sentences, a post, an address), not the sources' account. */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?<!(?:War|Phase|Type|Class|Title|Stage|Part|Level|Chapter|Grade|Category) )(?:(?:I|[Ww]e|[Yy]ou)(?:[’'](?:m|ve|d|ll|re))?|me|my|mine|[Oo]ur|us|[Yy]our)(?![\p{L}’'.])/u;

/**
 * A lede sentence says something: a line of the article that is only a time stamp, a dateline or
 * a label ("10:20 p.m.", "WASHINGTON (AP) —") is a passage of some claim, not a sentence to open
 * the explainer with. Four words with letters, at the least.
 */
function readsAsSentence(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu) ?? []).length >= 4;
}

/** A sentence cut out of a quotation: a closing mark with no opening one, or an opening one never closed. */
function unbalancedQuotes(text: string): boolean {
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  return opening !== closing || (text.match(/"/g) ?? []).length % 2 === 1;
}

/** Remembers which source passages the page already shows, so no sentence appears twice. */
class ShownPassages {
  private readonly spans: Array<{ source: string; start: number; end: number }> = [];
  /** True (and remembered) when none of the claim's passages overlaps one already shown. */
  take(claim: Claim): boolean {
    const overlaps = claim.evidence.some((e) => this.spans.some((s) => s.source === e.source && s.start < e.end && e.start < s.end));
    if (overlaps) return false;
    this.spans.push(...claim.evidence.map((e) => ({ source: e.source, start: e.start, end: e.end })));
    return true;
  }
}
