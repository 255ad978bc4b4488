/**
 * The page's pointers run into a body paragraph as sentences of their own: "Follow us @Outlet,
 * Facebook or Google+.", "Originally published on Outlet.com.", "Click here to watch video.", "Read
 * more", ">> Read more trending stories", "... pick up this week's issue, on newsstands Friday", a list of
 * the page's topic tags ("More about harbour, ferry fares, Porto council"). The clean stage sets such a line aside when it stands
 * alone; run into a paragraph (an author's note, the story's last line) it stays content, so each
 * such sentence is cut out here, as hoverCards.ts cuts a name's card, so that no claim quotes it
 * (a handle or a phone number is no figure of the story).
 *
 * Read by its shape: the whole sentence is the pointer, and it quotes no one (a quotation mark
 * means the story reports the words: "“Click here to donate,” the page said").
 */

/** A sentence that is only a pointer to somewhere else on the page or off it. */
const POINTER = new RegExp([
  // Follow the outlet or a writer: a handle or a network names where.
  String.raw`^Follow (?:us|me|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) (?:on (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b|@\w)[^"“”]*$`,
  // Where the story first ran.
  String.raw`^(?:This (?:article|story) was )?[Oo]riginally (?:published|appeared) (?:on|in|at) \p{Lu}[^"“”]{1,60}\.$`,
  String.raw`^Click here\b[^"“”]{0,80}$`,
  String.raw`^(?:>>\s*)?Read (?:more|full (?:article|story)|the full (?:article|story))\b[^"“”]{0,60}$`,
].join('|'), 'u');

/** The page's topic tags run into the story's last line: "More about harbour, ferry fares, Porto council, pier, ..." (four or more, no verb). */
const TAG_LIST = /^More about (?![^.!?]*\b(?:is|are|was|were|will|would|can|has|have|had|be|been|said|says)\b)[^.!?"“”,]{1,60}(?:,\s[^.!?"“”,]{1,40}){3,}/u;

/** A pointer is short: a longer "sentence" that opens like one runs on into the story ("Read more about it The ferry ..."), whose words stay. */
const MAX_WORDS = 8;

/**
 * The outlet selling its own issue to the reader, at any length: "For more on their split, pick up this
 * week's issue, on newsstands Friday", "This week's magazine is on sale now - yay!". (A sentence that
 * reports an issue's date, "The April issue hits newsstands Friday", tells no reader to buy it, and stays.)
 */
const ISSUE_PROMOTION = /^[^"“”]*(?:\bpick up (?:this week['’]s|this month['’]s|the latest|a copy of|your copy of|the (?:new|current) issue)\b|\b(?:magazine|issue|edition) (?:is|are) (?:on sale|out) now\b)[^"“”]*$/i;

/** Spans among `spans` (absolute offsets into `text`) that are whole pointer sentences. */
export function pointerSentences(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const isPointer = (s: string): boolean => (POINTER.test(s) && (s.startsWith('Follow ') || s.split(/\s+/).length <= MAX_WORDS)) || ISSUE_PROMOTION.test(s) || TAG_LIST.test(s);
  return spans.filter(([start, end]) => isPointer(text.slice(start, end))).map(([start, end]) => [start, end] as [number, number]);
}
