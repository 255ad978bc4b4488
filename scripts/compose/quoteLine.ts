/** One line of "Who said what": the speaker, then what they said in the form the source gave it. */
import type { Claim } from '../contracts/facts.ts';
import { escapeMarkdown } from './markdown.ts';
import { isDirectQuote, reportedClause } from './quoteForm.ts';
import { speechForm } from './reportedSpeech.ts';

/**
 * The Markdown of a quote claim's line, without its marker: a direct quotation in quotation marks
 * ("**Ana Lima**, mayor: “...”"); reported speech as "**Ana Lima**, mayor, argued that ..." when the
 * source reports a clause, else the source's own sentence after the speaker, without quotation marks
 * ("**Ana Lima**, mayor: Lima praised the crews for ..."). `context` is the event's passages (for
 * the capital of the clause's first word). A speaker that opens the line with a common word ("the
 * agency") is capitalised as the start of a sentence is.
 */
export function quoteLine(c: Claim, context: string): string {
  const speaker = c.speaker!;
  const who = `**${escapeMarkdown(capitalised(speaker.name))}**${speaker.role ? `, ${escapeMarkdown(speaker.role)}` : ''}`;
  if (isDirectQuote(c)) return `${who}: “${escapeMarkdown(c.text)}”`;
  const form = speechForm(c);
  if (form.kind === 'sentence') return `${who}: ${escapeMarkdown(form.passage)}`;
  return `${who}${speaker.role ? ',' : ''} ${form.verb} that ${escapeMarkdown(reportedClause(c.text, context))}`;
}

/**
 * The same as plain text under the speaker's name (the /claims/ list): "argued that the plan failed",
 * or the source's sentence when its speech is not a clause. Direct quotations and other claims keep their text.
 */
export function spokenText(c: Claim, context: string): string {
  if (c.kind !== 'quote' || !c.speaker || isDirectQuote(c)) return c.text;
  const form = speechForm(c);
  return form.kind === 'sentence' ? form.passage : `${form.verb} that ${reportedClause(c.text, context)}`;
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
