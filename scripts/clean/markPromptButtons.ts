/**
 * A pass of the classifier: the buttons of a page's prompt. A saved page often keeps, under a
 * notice it set aside ("JavaScript is disabled in your browser. Would you like to proceed to the
 * legacy site?", a cookie or newsletter prompt), the labels of the prompt's buttons as lines of
 * their own: "Yes", "No thanks", "Accept", "Got it". On their own they read as text, and a page
 * whose story is missing then looks like an article of one word, counted as a source.
 *
 * Such a line is set aside only when the line just above it (no blank line between, or another
 * such button) is itself set aside as page chrome: a lone "No." in an interview transcript, under
 * a question the story quotes, stays the story's.
 */
import type { BoilerplateReason } from '../contracts/stages.ts';
import { boiler, type Label } from './lineLabel.ts';
import type { Line } from './splitLines.ts';

/** The usual labels of a prompt's buttons, a line each. */
const BUTTON = /^(?:Yes|No|OK|Okay|Cancel|Continue|Accept(?: all)?|Decline|Reject(?: all)?|Agree|I agree|Got it|Not now|No thanks|Maybe later|Dismiss|Allow|Block|Close|Proceed|Go back)[.!]?$/i;

/** The reasons of the chrome whose buttons may follow it. */
const PROMPTS: ReadonlySet<BoilerplateReason> = new Set(['navigation', 'sign-up', 'advertisement']);
const BUTTON_NOTE = 'a button of a page prompt';

export function markPromptButtons(lines: readonly Line[], labels: (Label | null)[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = labels[i - 1];
    if (labels[i] !== null || !BUTTON.test(line.text) || above?.kind !== 'boilerplate' || !above.reason || !PROMPTS.has(above.reason)) continue;
    // Right under its prompt; across a blank line only under a prompt that asks (". . . proceed?") or under another button.
    if (line.gapBefore && !/\?$/.test(lines[i - 1]!.text) && above.note !== BUTTON_NOTE) continue;
    labels[i] = boiler(above.reason, BUTTON_NOTE);
  }
}
