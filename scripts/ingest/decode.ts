/**
 * Turns a file's bytes into text, or says plainly why it cannot be read as an article.
 * Offsets in facts.json are into the text decoded here (verify decodes with this same
 * function), so decoding must be strict: a silently replaced byte would make every
 * later offset point at the wrong place.
 *
 * Which encoding, strongest first:
 *   1. a byte-order mark (UTF-8 or UTF-16);
 *   2. UTF-8, when the bytes are valid UTF-8;
 *   3. the charset recorded in sources.yaml (`charset: windows-1252`: `corroborate add` writes
 *      the one the server declared in its Content-Type header, which the saved bytes no longer carry);
 *   4. for a saved web page, the charset its markup declares (`<meta charset>` or
 *      `<meta http-equiv="Content-Type" content="...; charset=...">` in its first 1024 bytes).
 * A valid UTF-8 file is read as UTF-8 whatever is declared: servers and re-saved pages often
 * declare a legacy charset for UTF-8 bytes, while legacy-encoded text with any non-ASCII letter
 * is practically never valid UTF-8 (and ASCII reads the same either way). Files that decode today
 * therefore decode exactly as before. Every decoder is fatal, so a byte the charset does not
 * define makes the file skipped, never silently replaced.
 */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: string; fix: string };

/** UTF-8 or UTF-16 (by byte-order mark), else a declared charset's WHATWG name ("windows-1252", "shift_jis"). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | (string & {});

export interface DecodeOptions {
  /** A charset given for this file (sources.yaml's `charset`), used when the bytes are neither marked nor valid UTF-8. */
  charset?: string;
  /** The file is a web page: the charset its markup declares is honoured when it is not valid UTF-8. */
  html?: boolean;
}

function strictDecoder(encoding: string): TextDecoder {
  // The decoder drops the byte-order mark; offsets count from the first real character.
  return new TextDecoder(encoding, { fatal: true });
}

export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = byteOrderMark(bytes);
  const encoding = bom ?? 'utf-8';
  if (encoding === 'utf-8' && options.charset === undefined && looksBinary(bytes)) {
    return { ok: false, problem: 'is binary data (an image or a document?), not text, skipped', fix: 'Save the article as .txt, .md or .html.' };
  }
  try {
    return { ok: true, text: strictDecoder(encoding).decode(bytes), encoding };
  } catch {
    if (bom === undefined && options.charset !== undefined) return decodeDeclared(bytes, options.charset, 'sources.yaml gives charset');
    const declared = bom === undefined && options.html ? metaCharset(bytes) : undefined;
    if (declared !== undefined && canonicalCharset(declared) !== 'utf-8') return decodeDeclared(bytes, declared, 'the page declares charset');
    const what = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16 (it starts with a UTF-16 byte-order mark)';
    return { ok: false, problem: `is not valid ${what}, skipped`, fix: 'Re-save the file as UTF-8.' };
  }
}

/** Decodes with a declared charset, or says which declaration does not fit the bytes. */
function decodeDeclared(bytes: Uint8Array, charset: string, where: string): Decoded {
  const encoding = canonicalCharset(charset);
  if (encoding === undefined) {
    return { ok: false, problem: `${where} ${charset}, which is not a known character encoding, skipped`, fix: 'Give a charset such as utf-8, windows-1252, iso-8859-2 or shift_jis, or re-save the file as UTF-8.' };
  }
  try {
    return { ok: true, text: strictDecoder(encoding).decode(bytes), encoding };
  } catch {
    return { ok: false, problem: `${where} ${charset}, but its bytes are not valid ${encoding}, skipped`, fix: 'Correct the charset, or re-save the file as UTF-8.' };
  }
}

/** The WHATWG name of a charset label ("latin1" -> "windows-1252"), or undefined when TextDecoder knows no such label. */
export function canonicalCharset(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The charset a page's markup declares in its first 1024 bytes, as the HTML standard's
 * prescan looks for it (`<meta charset=...>` or an http-equiv Content-Type). The bytes are read
 * as Latin-1 here: the declaration itself is ASCII in every charset a page may use.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attributes = new Map<string, string>();
    for (const [, name, value] of tag.slice(5).matchAll(/([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      if (!attributes.has(name!.toLowerCase())) attributes.set(name!.toLowerCase(), value!.replace(/^["']|["']$/g, '').trim());
    }
    const content = attributes.get('http-equiv')?.toLowerCase() === 'content-type' ? attributes.get('content') : undefined;
    const found = attributes.get('charset') ?? (content && /charset\s*=\s*["']?([\w.:-]+)/i.exec(content)?.[1]);
    // The standard reads a page declaring UTF-16 in its (ASCII) markup as UTF-8: it cannot be UTF-16.
    if (found) return /^utf-16/i.test(found) ? 'utf-8' : found;
  }
  return undefined;
}

function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return undefined;
}

/** A NUL byte in the first 8 KB never occurs in UTF-8 text and nearly always does in binaries. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
