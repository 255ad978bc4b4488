/**
 * Maps one text node's decoded characters (as parse5 gives them) back to its raw markup.
 * parse5 reports where a text node starts and ends in the file but not where each character
 * came from: "&amp;" is one character from five, CR LF is one newline, and a text node that
 * the parser merged across an ignored tag ("a</x>b") spans markup that shows nothing.
 * So the decoded value is walked against the raw slice: entities are decoded with the full
 * HTML table (entities, as parse5 does, including legacy ones without a semicolon), equal
 * characters map one to one, and raw characters that produce nothing are skipped.
 */
import { entities } from '../text/onDemand.ts';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

type Emit = (ch: string, from: number, to: number) => void;
const ENTITY = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Emits the node's characters with their file spans; returns where its markup ends. `after` is
 * where the markup before it ended: parse5 8 misplaces the start of a text node in a few cases
 * (after ignored leading white space, a legacy entity such as "&copy2031" starts it a few
 * characters late), so the walk starts from there and skips what shows nothing.
 */
export function mapTextNode(html: string, node: T.TextNode, emit: Emit, after: number): number {
  const value = node.value;
  const loc = node.sourceCodeLocation;
  if (!loc) {
    // No location (parser-inserted text): nothing in the file to point at, so not shown.
    return after;
  }
  const end = loc.endOffset;
  let i = after <= loc.startOffset ? after : loc.startOffset;
  let j = 0;
  while (j < value.length) {
    if (i >= end) {
      // The value holds more than the markup explains (should not happen): map the rest to the node's end.
      emitChar(value, j, end, end, emit);
      j += charWidth(value, j);
      continue;
    }
    const c = html[i]!;
    if (c === '&') {
      const took = entityAt(html, i, end, value, j);
      if (took) {
        emit(value.slice(j, j + took.units), i, i + took.length);
        j += took.units;
        i += took.length;
        continue;
      }
    }
    // The common case first, without slicing: the same single code unit in the markup and the value.
    const code = value.charCodeAt(j);
    if (code < 0xd800 && c !== '&' && html.charCodeAt(i) === code) {
      emit(value[j]!, i, i + 1);
      i++;
      j++;
      continue;
    }
    const w = charWidth(value, j);
    if (html.startsWith(value.slice(j, j + w), i)) {
      emit(value.slice(j, j + w), i, i + w);
      i += w;
      j += w;
    } else if (c === '\r' && value[j] === '\n') {
      const len = html[i + 1] === '\n' ? 2 : 1;
      emit('\n', i, i + len);
      i += len;
      j++;
    } else if (c === '\0' && value[j] === '\ufffd') {
      emit('\ufffd', i, i + 1);
      i++;
      j++;
    } else {
      i++; // markup that shows nothing (an ignored tag inside a merged text node)
    }
  }
  return Math.max(i, end);
}

/** An entity at `i` whose decoded text is what the value holds at `j`: how many raw and value units it covers. */
function entityAt(html: string, i: number, end: number, value: string, j: number): { length: number; units: number } | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(html);
  if (!m) return undefined;
  let raw = m[0];
  if (i + raw.length > end) raw = raw.slice(0, end - i);
  // Longest prefix that decodes to something the value holds ("&notit;" decodes as "¬" then "it;").
  for (let len = raw.length; len >= 2; len--) {
    const candidate = raw.slice(0, len);
    const decoded = entities().decodeHTML(candidate);
    if (decoded === candidate) continue;
    const literal = commonTail(decoded, candidate);
    const units = decoded.length - literal;
    if (units > 0 && value.startsWith(decoded.slice(0, units), j)) return { length: len - literal, units };
  }
  return undefined;
}

/** Length of the literal tail that a legacy entity leaves undecoded ("&copy2031" -> "2031", "&notit;" -> "it;"). */
function commonTail(decoded: string, raw: string): number {
  let n = 0;
  while (n < decoded.length - 1 && n < raw.length - 2 && decoded[decoded.length - 1 - n] === raw[raw.length - 1 - n]) n++;
  return n;
}

function charWidth(s: string, at: number): number {
  const code = s.codePointAt(at)!;
  return code > 0xffff ? 2 : 1;
}

function emitChar(value: string, j: number, from: number, to: number, emit: Emit): void {
  emit(value.slice(j, j + charWidth(value, j)), from, to);
}
