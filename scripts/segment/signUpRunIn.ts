/**
 * A newsletter sign-up menu run into a body paragraph: copied pages keep the menu's text on the
 * story's first line ("Get our newsletter daily. Business Your guide to ... You will now receive the
 * Business newsletter Markets ... You will now receive the Markets newsletter But it was ..."). The
 * clean stage sets whole lines aside, so a line that goes on into the story stays content; the menu
 * is cut out of its sentences here instead, as hoverCards.ts cuts a name's card.
 *
 * Read by its shape: the paragraph opens on the menu, which ends at its last confirmation ("You will
 * now receive the X newsletter", "Thanks for subscribing!", "You are now subscribed to X"), and the
 * menu holds at least two sign-up words. The story after it stays.
 */

/** What a sign-up form says once it has been used: the menu's last words are the last of these. */
const CONFIRMATION = /\b(?:You will now receive the [^.!?]{1,60}? newsletters?|Thanks? (?:you )?for (?:subscribing|signing up)[.!]?|You(?: are|'re|’re) now subscribed to [^.!?]{1,60}?[.!])/g;
/** Words of a sign-up form. */
const SIGN_UP_WORD = /\b(?:newsletters?|subscrib\w*|sign(?:ing)? up|inbox|e-?mails?)\b/gi;
/** How far into a paragraph the menu may reach. */
const MAX_MENU = 2000;

/** The span [start, end) of `text.slice(from, to)` that is a sign-up menu opening the paragraph, if any. */
export function signUpRunIn(text: string, from: number, to: number): Array<[number, number]> {
  const head = text.slice(from, Math.min(to, from + MAX_MENU));
  let last: RegExpExecArray | undefined;
  for (const m of head.matchAll(CONFIRMATION)) last = m;
  if (!last) return [];
  const end = last.index + last[0].length;
  const menu = head.slice(0, end);
  // A story's own words before the menu's end (a quotation) mean the paragraph is reporting about a newsletter.
  if (/["“”]/.test(menu) || (menu.match(SIGN_UP_WORD)?.length ?? 0) < 2) return [];
  return [[from, from + end]];
}
