/**
 * The verbs that attribute speech, grouped by how they do it: most report a clause ("said that
 * ..."), some an object ("warned of complacency"), some only with "that" ("found that ..."), some
 * only introduce a quotation ("she shouted"). News uses many of them for other things too ("an
 * estimated 300", "asked the court to"), so each list is kept to the use that reports speech.
 */
import type { Token } from '../../segment/tokens.ts';

/** Reporting verbs (general English). */
export const REPORTING = new Set([
  'say', 'tell', 'state', 'add', 'note', 'warn', 'insist', 'claim', 'argue', 'announce', 'confirm', 'explain', 'acknowledge', 'deny',
  'write', 'tweet', 'declare', 'report', 'stress', 'underline', 'emphasize', 'emphasise', 'assure', 'caution', 'predict', 'admit',
  'suggest', 'recall', 'conclude', 'testify', 'allege', 'indicate', 'maintain', 'contend', 'concede', 'reiterate',
  // "accused X of ...": what the speaker charges is what they said.
  'accuse',
  // Not "estimate" or "project": "an estimated 2,500" is far commoner in news than someone estimating.
  ...['urge', 'criticise', 'criticize', 'hint', 'denounce', 'condemn', 'praise', 'deny', 'warn', 'vow', 'pledge', 'demand'],
]);
/**
 * Speech acts whose content is often a noun phrase, not a clause: "warned of complacency",
 * "urged caution", "criticised the plan for ...", "estimated the cost at ...".
 */
export const OBJECT_SPEECH = new Set(['warn', 'urge', 'criticise', 'criticize', 'hint', 'denounce', 'condemn', 'praise', 'deny', 'accuse', 'vow', 'pledge', 'demand']);
/**
 * Verbs that report only with a "that" clause: "researchers found that ...", "the agency estimated
 * that ..."; without it they are commoner as something else ("an estimated 300", "found the car").
 */
export const THAT_SPEECH = new Set(['find', 'estimate', 'project', 'believe', 'calculate', 'determine', 'reveal', 'show', 'observe', 'forecast']);
/** What research finds as a noun: "the researchers found a link between ...", "found no evidence of ...". */
const FINDINGS = /^(link|association|correlation|connection|relationship|evidence|difference|increase|decrease|rise|drop|reduction|risk)$/;
/** "found a link between ...", "found no evidence of ...": research reporting its finding as a noun. */
export function reportsFinding(tokens: Token[], verbIndex: number): boolean {
  if (tokens[verbIndex]!.lemma !== 'find') return false;
  const next = tokens[verbIndex + 1];
  const noun = next?.pos === 'DET' ? tokens[verbIndex + 2] : next;
  return FINDINGS.test(noun?.lemma ?? '');
}
/**
 * "called on the council to act", "called for calm": a speech act like "urged" ("called" alone is
 * naming, "called off" cancelling, "called on Monday" a time). For "on", someone is called on to do
 * something, so a "to" follows.
 */
export function callsFor(tokens: Token[], verbIndex: number): boolean {
  if (tokens[verbIndex]!.lemma !== 'call') return false;
  // Not "protests calling for change" (a noun's modifier) nor "mobilised them to call on": a participle
  // speaks only after a comma ("..., calling on ..."), an infinitive is someone else's aim.
  const before = tokens[verbIndex - 1];
  if ((/ing$/.test(tokens[verbIndex]!.text) && before?.text !== ',') || before?.lemma === 'to') return false;
  const particle = tokens[verbIndex + 1]?.text.toLowerCase();
  const next = tokens[verbIndex + 2];
  if (!next || /^(?:NUM|PUNCT)$/.test(next.pos) || DAY_OR_TIME.test(next.text)) return false;
  if (particle === 'for') return /^(?:DET|NOUN|ADJ|PRON)$/.test(next.pos);
  if (particle !== 'on' && particle !== 'upon') return false;
  return tokens.slice(verbIndex + 3, verbIndex + 12).some((t) => t.text === 'to' && t.pos === 'PART');
}
const DAY_OR_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)$/i;

/**
 * Ways of speaking that introduce a direct quotation ("“Run!” she shouted", "he asked: “Why?”") but
 * without one are mostly something else ("asked the court to ...", "shouted at the crowd"): they
 * attribute a quotation in their sentence and never report a clause.
 */
export const QUOTING = new Set(['ask', 'reply', 'respond', 'answer', 'yell', 'shout', 'scream', 'cry', 'whisper', 'exclaim', 'chant', 'joke', 'quip', 'remark', 'recount', 'boast', 'complain', 'plead', 'sob', 'mutter', 'snap', 'laugh']);
/** Verbs that only a speaker can be the subject of: with these, any noun phrase ("the coast guard") speaks. */
export const STRONG_SPEECH = new Set(['say', 'tell', 'state', 'announce', 'tweet', 'write', 'testify', 'declare']);

/** "Norland claims that ...": the tagger reads "claims" as a noun, but a noun does not follow a name and take "that". */
export function isMistaggedVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN') return false;
  if (/s$/.test(t.text) && tokens[i + 1]?.lemma === 'that' && /^(PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '')) return true;
  // "The policy states: “...”": a noun's verb before a colon.
  if (/s$/.test(t.text) && tokens[i + 1]?.text === ':' && REPORTING.has(t.lemma) && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return true;
  // "..., the authors note.": a closing attribution whose verb the tagger took for a noun.
  const closing = tokens[i + 1]?.text === '.' && i + 2 === tokens.length && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '');
  return closing && REPORTING.has(t.lemma) && tokens.slice(Math.max(0, i - 5), i).some((x) => x.text === ',');
}
