/**
 * Scores facts.json against a gold file. Pure: gold and facts in, counts out.
 * Quantities and quotes are scored per (fact, source) pair, so a figure found in one of its
 * three sources counts one of three; "one fact, one claim" asks whether a single claim
 * carries all of a multi-source fact's sources.
 */
import type { Claim, Conflict, Evidence, Facts } from '../../scripts/contracts/facts.ts';
import type { Gold, GoldQuantity, GoldQuote } from './gold.ts';

export interface Ratio {
  hit: number;
  of: number;
}

export interface Score {
  quantityRecall: Ratio;
  quantityPrecision: Ratio;
  quoteRecall: Ratio;
  /** Of the gold quotes found, the share with the right speaker (an abstention is right where the gold says "unclear"). */
  speakerAccuracy: Ratio;
  /** Of the found quotes given a speaker, the share with the right one (a speaker where the gold says "unclear" is wrong). */
  speakerPrecision: Ratio;
  /** Of all gold quotes, the share found with a speaker (any), or found with none where the gold says "unclear". */
  speakerCoverage: Ratio;
  /** Of the gold quotes found, the share whose evidence has the gold's form (direct quotation or reported speech). */
  formAccuracy: Ratio;
  oneClaimPerFact: Ratio;
  /**
   * Wrong merges: of the claims with two or more evidences that match gold facts (the claims that
   * join anything the gold knows), how many join evidences of DIFFERENT gold facts, so that no one
   * gold entry covers all of them (`hit` counts the wrong ones: lower is better). One claim per fact
   * rewards joining; this is its precision, since a wrong merge is worse than a split.
   */
  wrongMerges: Ratio;
  conflictRecall: Ratio;
  /** Of the conflicts found, the share that match a gold conflict (one matching a notConflicts entry, or none, is false). */
  conflictPrecision: Ratio;
  boilerplateLeaks: number;
  /**
   * Of the leaks, those whose gold keywords stand in more than one line of the source (only counted
   * when the articles' texts are given). The gold promises keywords found only in the boilerplate
   * line; where another line holds them too (a caption or pull quote that repeats a story sentence,
   * an embed the story quotes), the evidence may be the story's own sentence, and the entry's
   * keywords want checking against the article.
   */
  ambiguousLeaks: number;
  /** Gold facts missed and system claims unmatched, for reading what went wrong. */
  misses: string[];
}

export interface ScoreOptions {
  /**
   * Score the claim's speaker for every source (the scoring before evidence carried speakers).
   * By default each gold quote is scored by the speaker the site shows for that source: its
   * evidence's own speaker, none where that source names no one (the site says "No speaker named"
   * there), and the claim's only for facts whose evidence records no speakers at all (older files).
   */
  claimSpeakers?: boolean;
  /**
   * Score every source's figure by the claim's one unit (the scoring before evidence carried units).
   * By default a figure in a source is scored by the noun that source itself uses (its evidence's
   * `unit`, else the claim's), as the site shows each source's own passage.
   */
  claimUnits?: boolean;
  /** The articles' texts by source id, to tell leaks whose gold keywords stand in more than one line (`ambiguousLeaks`). */
  sourceTexts?: ReadonlyMap<string, string>;
}

export function scoreFacts(gold: Gold, facts: Facts, options: ScoreOptions = {}): Score {
  // Clock times are claims (for conflicts such as 9:06 vs 9:09) but not figures in the gold's sense.
  const quantities = facts.claims.filter((c) => c.kind === 'quantity' && c.quantity?.unit !== 'clock time');
  const quotes = facts.claims.filter((c) => c.kind === 'quote');
  const misses: string[] = [];

  const quantityRecall = ratio();
  for (const g of gold.quantities) {
    for (const s of g.sources) {
      const found = quantities.some((c) => figureIn(g, c, s, options));
      count(quantityRecall, found);
      if (!found) misses.push(`missed figure ${describe(g)} in ${s}`);
    }
  }
  const quantityPrecision = ratio();
  for (const c of quantities) {
    for (const s of sourcesOf(c)) {
      const right = gold.quantities.some((g) => g.sources.includes(s) && figureIn(g, c, s, options));
      count(quantityPrecision, right);
      if (!right) misses.push(`extra figure ${c.quantity!.value} ${c.quantity!.unit} in ${s}`);
    }
  }

  const quoteRecall = ratio();
  const speakerAccuracy = ratio();
  const speakerPrecision = ratio();
  const speakerCoverage = ratio();
  const formAccuracy = ratio();
  for (const g of gold.quotes) {
    const unclear = isUnclear(g.speaker);
    for (const s of g.sources) {
      const claim = quotes.find((c) => quoteMatches(g, c, s));
      count(quoteRecall, !!claim);
      if (!claim) { misses.push(`missed quote [${g.keywords.join(' ')}] by ${g.speaker} in ${s}`); count(speakerCoverage, false); continue; }
      const given = shownSpeaker(claim, evidenceIn(claim, g, s), options);
      const right = unclear ? !given : sameSpeaker(g.speaker, given);
      count(speakerAccuracy, right);
      count(speakerCoverage, !!given || unclear);
      if (given) count(speakerPrecision, right);
      if (given && !right) misses.push(`wrong speaker [${g.keywords.join(' ')}] in ${s}: ${given}, gold ${g.speaker}`);
      else if (!right) misses.push(`no speaker [${g.keywords.join(' ')}] in ${s}: gold ${g.speaker}`);
      const form = formOf(claim, g, s);
      count(formAccuracy, form === g.form);
      if (form !== g.form) misses.push(`quote [${g.keywords.join(' ')}] in ${s} given as ${form}, gold ${g.form}`);
    }
  }

  const oneClaimPerFact = ratio();
  for (const g of gold.quantities.filter((q) => q.sources.length > 1)) {
    const whole = quantities.some((c) => g.sources.every((s) => figureIn(g, c, s, options)));
    count(oneClaimPerFact, whole);
    if (!whole) misses.push(`figure ${describe(g)} split across claims`);
  }
  for (const g of gold.quotes.filter((q) => q.sources.length > 1)) {
    const whole = quotes.some((c) => g.sources.every((s) => quoteMatches(g, c, s)));
    count(oneClaimPerFact, whole);
    if (!whole) misses.push(`quote [${g.keywords.join(' ')}] split across claims`);
  }

  const wrongMerges = ratio();
  for (const c of quantities) judgeMerge(wrongMerges, misses, c, gold.quantities, (g, e) => g.sources.includes(e.source) && quantityMatches(g, c, options.claimUnits ? c.quantity?.unit : (e.unit ?? c.quantity?.unit)), describe);
  for (const c of quotes) judgeMerge(wrongMerges, misses, c, gold.quotes, (g, e) => g.sources.includes(e.source) && containsAll(e.quote, g.keywords), (g) => `quote [${g.keywords.join(' ')}]`);

  const conflictRecall = ratio();
  for (const g of gold.conflicts) {
    const found = facts.conflicts.some((conflict) => conflictShows(facts, conflict, g.values ?? [], g.terms ?? []));
    count(conflictRecall, found);
    if (!found) misses.push(`missed ${g.kind} conflict: ${g.about}`);
  }
  const conflictPrecision = ratio();
  for (const conflict of facts.conflicts) {
    const right = gold.conflicts.some((g) => conflictShows(facts, conflict, g.values ?? [], g.terms ?? []));
    count(conflictPrecision, right);
    if (right) continue;
    const not = gold.notConflicts.find((n) => conflictShows(facts, conflict, n.values, []));
    misses.push(`false conflict: ${conflict.description}${not ? ` (gold: not one, ${not.about})` : ''}`);
  }

  let boilerplateLeaks = 0;
  let ambiguousLeaks = 0;
  for (const b of gold.boilerplate) {
    const leaked = facts.claims.some((c) => c.evidence.some((e) => e.source === b.source && containsAll(e.quote, b.keywords)));
    if (!leaked) continue;
    boilerplateLeaks++;
    const lines = linesHolding(options.sourceTexts?.get(b.source), b.keywords);
    if (lines > 1) ambiguousLeaks++;
    misses.push(`boilerplate [${b.keywords.join(' ')}] used as evidence in ${b.source}${lines > 1 ? ` (its keywords stand in ${lines} lines of the source: the evidence may be a story sentence with the same words)` : ''}`);
  }

  return { quantityRecall, quantityPrecision, quoteRecall, speakerAccuracy, speakerPrecision, speakerCoverage, formAccuracy, oneClaimPerFact, wrongMerges, conflictRecall, conflictPrecision, boilerplateLeaks, ambiguousLeaks, misses };
}

/** Sums scores (micro-average: every pair counts the same, whichever cluster it is in). */
export function addScores(scores: Score[]): Score {
  const sum = (pick: (s: Score) => Ratio): Ratio => scores.reduce((acc, s) => ({ hit: acc.hit + pick(s).hit, of: acc.of + pick(s).of }), ratio());
  return {
    quantityRecall: sum((s) => s.quantityRecall),
    quantityPrecision: sum((s) => s.quantityPrecision),
    quoteRecall: sum((s) => s.quoteRecall),
    speakerAccuracy: sum((s) => s.speakerAccuracy),
    speakerPrecision: sum((s) => s.speakerPrecision),
    speakerCoverage: sum((s) => s.speakerCoverage),
    formAccuracy: sum((s) => s.formAccuracy),
    oneClaimPerFact: sum((s) => s.oneClaimPerFact),
    wrongMerges: sum((s) => s.wrongMerges),
    conflictRecall: sum((s) => s.conflictRecall),
    conflictPrecision: sum((s) => s.conflictPrecision),
    boilerplateLeaks: scores.reduce((n, s) => n + s.boilerplateLeaks, 0),
    ambiguousLeaks: scores.reduce((n, s) => n + s.ambiguousLeaks, 0),
    misses: scores.flatMap((s) => s.misses),
  };
}

export function rate(r: Ratio): number | undefined {
  return r.of === 0 ? undefined : r.hit / r.of;
}

function ratio(): Ratio {
  return { hit: 0, of: 0 };
}

function count(r: Ratio, hit: boolean): void {
  r.of++;
  if (hit) r.hit++;
}

/**
 * Judges one claim for wrong merges. Each evidence is matched to the gold entries it fits (by
 * source and figure or keywords); a claim with two or more matched evidences is a merge. Evidences
 * that fit a common entry belong together, and so do evidences linked through one that fits two
 * entries (a passage that holds two gold quotes, the same figure said of two things in one
 * source: the gold cannot tell them apart there). The merge is wrong when the matched evidences
 * fall into two or more such groups: the claim then joins facts that nothing in it ties together.
 */
function judgeMerge<G>(merges: Ratio, misses: string[], c: Claim, gold: readonly G[], fits: (g: G, e: Evidence) => boolean, name: (g: G) => string): void {
  const matched = c.evidence.map((e) => ({ e, entries: gold.filter((g) => fits(g, e)) })).filter((m) => m.entries.length > 0);
  if (matched.length < 2) return;
  const groups = groupsOf(matched.map((m) => m.entries));
  const wrong = groups.length > 1;
  count(merges, wrong);
  if (!wrong) return;
  const where = (g: G) => [...new Set(matched.filter((m) => m.entries.includes(g)).map((m) => m.e.source))].join(', ');
  misses.push(`wrong merge: claim "${c.text}" joins ${groups.map((group) => group.map((g) => `${name(g)} (${where(g)})`).join(' or ')).join(' and ')}`);
}

/** Sets of entries merged while any two share an entry: the groups no shared entry links. */
function groupsOf<G>(sets: readonly G[][]): G[][] {
  const groups: Set<G>[] = [];
  for (const set of sets) {
    const linked = groups.filter((group) => set.some((g) => group.has(g)));
    const merged = new Set<G>(set);
    for (const group of linked) { for (const g of group) merged.add(g); groups.splice(groups.indexOf(group), 1); }
    groups.push(merged);
  }
  return groups.map((group) => [...group]);
}

function sourcesOf(c: Claim): Set<string> {
  return new Set(c.evidence.map((e) => e.source));
}

/** Same figure (and range bounds), and a unit the gold accepts ("workers" = "worker"). */
export function quantityMatches(g: GoldQuantity, c: Claim, unit = c.quantity?.unit): boolean {
  const q = c.quantity;
  if (!q || unit === undefined) return false;
  if (!close(q.value, g.value)) return false;
  if ((g.low !== undefined || g.high !== undefined) && !(close(q.low ?? NaN, g.low ?? NaN) && close(q.high ?? NaN, g.high ?? NaN))) return false;
  const units = new Set([g.unit, ...(g.alsoUnits ?? [])].map(normalUnit));
  return units.has(normalUnit(unit));
}

/** The gold figure stands in the claim's evidence from `source`, under the noun that source uses (see ScoreOptions). */
function figureIn(g: GoldQuantity, c: Claim, source: string, options: ScoreOptions): boolean {
  return c.evidence.some((e) => e.source === source && quantityMatches(g, c, options.claimUnits ? c.quantity?.unit : (e.unit ?? c.quantity?.unit)));
}

/** A conflict that shows every one of these figures (as a claim's value or in its wording) and terms. */
function conflictShows(facts: Facts, conflict: Conflict, values: number[], terms: string[]): boolean {
  const claims = conflict.claims.map((id) => facts.claims.find((c) => c.id === id)).filter((c): c is Claim => !!c);
  const text = `${conflict.description} ${conflict.wordings.map((w) => w.wording).join(' ')}`.toLowerCase();
  // Only a clock time (9.06) is looked for in the wording too: any other figure must be one of the conflict's claims,
  // not a figure that merely stands in the same sentences.
  return values.every((v) => claims.some((c) => c.quantity?.value === v) || (isClock(v) && text.includes(formatLoose(v)))) && terms.every((t) => text.includes(t.toLowerCase()));
}

/** The gold's word for "the articles do not say who": the tool should give no speaker. */
export function isUnclear(speaker: string): boolean {
  return speaker.trim().toLowerCase() === 'unclear';
}

/**
 * The form a claim's evidence in `source` is given as. Evidence without a form counts as direct:
 * the site shows a quote claim in quotation marks unless told it is reported speech.
 */
function formOf(c: Claim, g: GoldQuote, source: string): 'direct' | 'reported' {
  return evidenceIn(c, g, source)?.form ?? 'direct';
}

/** The speaker the site shows for one evidence of a quote claim (see ScoreOptions). */
function shownSpeaker(c: Claim, e: Evidence | undefined, options: ScoreOptions): string | undefined {
  if (options.claimSpeakers || !c.evidence.some((x) => x.speaker)) return c.speaker?.name;
  return e?.speaker?.name;
}

/** The claim's evidence in `source` that holds the gold quote's keywords. */
function evidenceIn(c: Claim, g: GoldQuote, source: string): Evidence | undefined {
  return c.evidence.find((x) => x.source === source && containsAll(x.quote, g.keywords));
}

/** A quote claim whose evidence in `source` holds every keyword. */
function quoteMatches(g: GoldQuote, c: Claim, source: string): boolean {
  return c.evidence.some((e) => e.source === source && containsAll(e.quote, g.keywords));
}

/** "Amara Okafor" = "Okafor"; descriptions match when most of their words agree. */
export function sameSpeaker(gold: string, found: string | undefined): boolean {
  if (!found) return false;
  const a = words(gold);
  const b = words(found);
  if (a.join(' ') === b.join(' ')) return true;
  // "Passenger Peter Jones" = "Peter Jones", "Department of Health" = "state Department of Health": one ends with the other.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ')) return true;
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  // A bare surname matches the full name; two different full names ("Paul Lind", "Maria Lind") do not.
  // Longer names are organisations ("Bureau of Roads and Ports"): their word overlap decides below.
  if (/^\p{Lu}/u.test(gold.split(/\s+/).pop() ?? '') && lastA === lastB) {
    if (a.length === 1 || b.length === 1 || a[0] === b[0]) return true;
    if (a.length <= 4 && b.length <= 4) return false;
  }
  const shared = a.filter((w) => b.includes(w)).length;
  return shared / Math.max(a.length, b.length) >= 0.5;
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w && !/^(a|an|the|mr|mrs|ms|dr)$/.test(w));
}

/** How many lines of an article hold every keyword (0 when the text is not given). */
function linesHolding(text: string | undefined, keywords: string[]): number {
  return text === undefined ? 0 : text.split('\n').filter((line) => containsAll(line, keywords)).length;
}

function containsAll(text: string, keywords: string[]): boolean {
  const lower = text.toLowerCase();
  return keywords.every((k) => lower.includes(k.toLowerCase()));
}

export function normalUnit(unit: string): string {
  const u = unit.toLowerCase().trim();
  if (u.length > 3 && u.endsWith('ies')) return `${u.slice(0, -3)}y`;
  if (u.length > 3 && u.endsWith('s') && !u.endsWith('ss')) return u.slice(0, -1);
  return u;
}

function close(a: number, b: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
}

function isClock(v: number): boolean {
  return !Number.isInteger(v) && v < 24;
}

/** 9.06 -> "9:06" for clock times, 14000 -> "14,000". */
function formatLoose(v: number): string {
  if (!Number.isInteger(v) && v < 24) return v.toFixed(2).replace('.', ':');
  return v.toLocaleString('en-US');
}

function describe(g: GoldQuantity): string {
  const figure = g.low !== undefined ? `${g.low}-${g.high}` : String(g.value);
  return `${figure} ${g.unit}${g.counts ? ` (${g.counts})` : ''}`;
}
