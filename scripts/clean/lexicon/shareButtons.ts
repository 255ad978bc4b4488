/**
 * A line made only of share-button words ("Facebook Twitter Pinterest", "Share this: Twitter"): a
 * word-set test rather than a regex, since the buttons come in any order and number.
 */

/** Whole line of share-button words ("Facebook Twitter Pinterest", "Share this: Twitter"). */
const SHARE_WORDS = new Set([
  'share', 'shares', 'shared', 'this', 'on', 'tweet', 'email', 'e', 'mail', 'print', 'printable', 'version', 'facebook',
  'twitter', 'reddit', 'pinterest', 'linkedin', 'whatsapp', 'google', 'tumblr', 'stumbleupon', 'flipboard',
  'messenger', 'telegram', 'copy', 'link', 'sms', 'more', 'play', 'save', 'comment', 'comments', 'via', 'digg',
  'pocket', 'instagram', 'youtube', 'story', 'article', 'to', 'a', 'friend', 'what', 'are', 'these', 'opens', 'in', 'new', 'window',
]);
const SHARE_CORE = new Set([
  'share', 'tweet', 'email', 'mail', 'print', 'printable', 'facebook', 'twitter', 'reddit', 'pinterest', 'linkedin',
  'whatsapp', 'google', 'tumblr', 'stumbleupon', 'flipboard', 'telegram', 'instagram', 'youtube',
]);

/** True for a short line made only of share-button words, with at least one real sharing word. */
export function isShareButtons(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  return words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_CORE.has(w));
}
