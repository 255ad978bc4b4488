/**
 * Turns a file's bytes into text, or says plainly why it cannot be read as an article.
 * Offsets in facts.json are into the text decoded here (verify decodes with this same
 * function), so decoding must be strict: a silently replaced byte would make every
 * later offset point at the wrong place.
 */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: string; fix: string };

/** UTF-8 unless the file starts with a UTF-16 byte-order mark (Windows editors save "Unicode" text so). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function strictDecoder(encoding: Encoding): TextDecoder {
  // The decoder drops the byte-order mark; offsets count from the first real character.
  return new TextDecoder(encoding, { fatal: true });
}

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  const encoding = byteOrderMark(bytes);
  if (encoding === 'utf-8' && looksBinary(bytes)) {
    return { ok: false, problem: 'is binary data (an image or a document?), not text, skipped', fix: 'Save the article as .txt, .md or .html.' };
  }
  try {
    return { ok: true, text: strictDecoder(encoding).decode(bytes), encoding };
  } catch {
    const what = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16 (it starts with a UTF-16 byte-order mark)';
    return { ok: false, problem: `is not valid ${what}, skipped`, fix: 'Re-save the file as UTF-8.' };
  }
}

function byteOrderMark(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A NUL byte in the first 8 KB never occurs in UTF-8 text and nearly always does in binaries. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
