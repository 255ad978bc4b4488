/**
 * Turns a file's bytes into text, or says plainly why it cannot be read as an article.
 * Offsets in facts.json are into the text decoded here, so decoding must be strict:
 * a silently replaced byte would make every later offset point at the wrong place.
 */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string; fix: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: 'is UTF-16 text, skipped', fix: 'Re-save the file as UTF-8.' };
  }
  if (looksBinary(bytes)) {
    return { ok: false, problem: 'is binary data (an image or a document?), not text, skipped', fix: 'Save the article as .txt, .md or .html.' };
  }
  try {
    // The decoder drops a UTF-8 byte-order mark; offsets then count from the first real character.
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, problem: 'is not valid UTF-8, skipped', fix: 'Re-save the file as UTF-8.' };
  }
}

/** A NUL byte in the first 8 KB never occurs in UTF-8 text and nearly always does in binaries. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
