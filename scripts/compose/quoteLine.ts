/** One line of "Who said what": the speaker, then what they said in the form the source gave it. */
import type { Claim, Facts } from '../contracts/facts.ts';
import type { SpokenTexts } from '../contracts/generated.ts';
import { escapeMarkdown } from './markdown.ts';
import { isDirectQuote, reportedClause } from './quoteForm.ts';
import { saidThat, speechForm } from './reportedSpeech.ts';
import { POSSESSIVE_ROLE, shownSpeaker } from './passageSpeakers.ts';

/**
 * The Markdown of a quote claim's line, without its marker: a direct quotation in quotation marks
 * ("**Ana Lima**, mayor: “...”"); reported speech as "**Ana Lima**, mayor, argued that ..." when the
 * source reports a clause, else the source's own sentence after the speaker, without quotation marks
 * ("**Ana Lima**, mayor: Lima praised the crews for ..."). `context` is the event's passages (for
 * the capital of the clause's first word). A speaker that opens the line with a common word ("the
 * agency") is capitalised as the start of a sentence is.
 */
export function quoteLine(c: Claim, context: string): string {
  // A role that repeats the name is folded into it ("Ana Lima of the port board").
  const speaker = shownSpeaker(c.speaker!);
  // "BBC's Martin Vogl": whose the speaker is reads before the name, as the source writes it, not
  // after it ("Martin Vogl, BBC's").
  const whose = speaker.role && POSSESSIVE_ROLE.test(speaker.role) ? speaker.role : undefined;
  const role = whose ? undefined : speaker.role;
  const name = `**${escapeMarkdown(whose ? speaker.name : capitalised(speaker.name))}**`;
  const who = whose ? `${escapeMarkdown(capitalised(whose))} ${name}` : `${name}${role ? `, ${escapeMarkdown(roleInLine(role, context))}` : ''}`;
  if (isDirectQuote(c)) return `${who}: “${escapeMarkdown(c.text)}”`;
  const form = speechForm(c);
  if (form.kind === 'sentence') return `${who}: ${escapeMarkdown(form.passage)}`;
  return `${who}${role ? ',' : ''} ${saidThat(form.verb, reportedClause(c.text, context), escapeMarkdown)}`;
}

/**
 * The same as plain text under the speaker's name (the /claims/ list): "argued that the plan failed",
 * or the source's sentence when its speech is not a clause. Direct quotations and other claims keep their text.
 */
export function spokenText(c: Claim, context: string): string {
  if (c.kind !== 'quote' || !c.speaker || isDirectQuote(c)) return c.text;
  const form = speechForm(c);
  return form.kind === 'sentence' ? form.passage : saidThat(form.verb, reportedClause(c.text, context));
}

/**
 * spoken.json's content (contracts/generated.ts SpokenTexts): spokenText of every claim it changes,
 * by claim id, with the event's passages as the context, as the /claims/ list shows them.
 */
export function spokenTexts(facts: Facts): SpokenTexts {
  const context = eventContext(facts);
  const texts: SpokenTexts = {};
  for (const c of facts.claims) {
    const text = spokenText(c, context);
    if (text !== c.text) texts[c.id] = text;
  }
  return texts;
}

/** The event's passages, one a line: they tell a name's capital from a sentence's in a reported clause. */
export function eventContext(facts: Facts): string {
  const known = contexts.get(facts);
  if (known?.claims === facts.claims) return known.context;
  const context = facts.claims.flatMap((c) => c.evidence.map((e) => e.quote)).join('\n');
  contexts.set(facts, { claims: facts.claims, context });
  return context;
}

/**
 * One context string per event (per claims list: the pipeline makes a new list rather than change
 * one), so that every line's lookup finds reportedClause's index by identity, not by comparing the whole text.
 */
const contexts = new WeakMap<Facts, { claims: Facts['claims']; context: string }>();

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A role after the name, mid-line. A role read from a sentence's start keeps that sentence's
 * capital ("Agency director Lena Morrow said"): it is lower-cased where the articles write its first
 * word so ("agency director"), as a reported clause's first word is; a first word that is an
 * abbreviation ("A.M.", "U.S.") or a title before a capitalised word ("Prime Minister") keeps it.
 */
function roleInLine(role: string, context: string): string {
  const line = inLine(role);
  return /^\p{L}{2,}(?:\s|$)/u.test(line) ? reportedClause(line, context) : line;
}

/** A role after the name, mid-line: one that opens with an article reads lower-case there ("GOP, the report, found that ..."). */
function inLine(role: string): string {
  return role.replace(/^(?:The|A|An)(?= )/, (article) => article.toLowerCase());
}
