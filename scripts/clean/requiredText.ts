/**
 * The literal texts a regular expression cannot match without: read from its source, a list of
 * strings of which every match contains at least one ("/\bSign up for our (?:newsletter|alerts)\b/"
 * needs "sign up for our "). The line lexicon (matchLine.ts) tries some 170 patterns on every line
 * of every article, and most lines hold none of a pattern's words: a plain `includes` per text
 * rules the pattern out for much less than running it. The reading is conservative: anything it
 * does not follow (a class, an escape, an optional part) ends a literal run, and a pattern it
 * cannot read at all gets null (always run). A pattern is ruled out only when no text is found,
 * so the classifier's answers stay exactly the same.
 *
 * Case: under the `i` flag the texts are lower case and are looked for in the lower-cased line
 * (only ASCII characters are taken as literal, whose case partners toLowerCase finds, except the
 * long s, which `iu` folds to "s": see `lineHasFoldedS`).
 */

/** Texts one of which every match of `re` contains, or null when none can be read from its source. */
export function requiredTexts(re: RegExp): string[] | null {
  if (/[gyv]/.test(re.flags)) return null; // a stateful or set-notation pattern: not read
  try {
    const reader = new SourceReader(re.source, re.flags.includes('i'), re.flags.includes('u'));
    const texts = reader.disjunction();
    if (reader.at < re.source.length) return null;
    return texts && texts.every((t) => t.length > 0) ? texts : null;
  } catch {
    return null;
  }
}

/** Whether `line` (lower-cased under the `i` flag) holds one of `texts`. */
export function holdsOneOf(line: string, texts: readonly string[]): boolean {
  for (const text of texts) if (line.includes(text)) return true;
  return false;
}

/** The long s ("ſ"), which a case-insensitive Unicode pattern matches as "s" but toLowerCase keeps: such a line is not pre-tested. */
export function lineHasFoldedS(line: string): boolean {
  return line.includes('ſ');
}

/** ASCII characters that stand for themselves unescaped (outside a class). */
const PLAIN = /^[A-Za-z0-9 !"#%&',\-/:;<=>@_`~]$/;
/** Punctuation that stands for itself after a backslash. */
const ESCAPED_PUNCTUATION = /^[.\\/()[\]{}*+?|^$\-]$/;

/** Which of two candidate lists rules out more: its shortest text longest, then fewer texts. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (l: string[]) => Math.min(...l.map((t) => t.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

class SourceReader {
  at = 0;
  private readonly source: string;
  private readonly caseless: boolean;
  private readonly unicode: boolean;
  constructor(source: string, caseless: boolean, unicode: boolean) {
    this.source = source;
    this.caseless = caseless;
    this.unicode = unicode;
  }

  /** Alternatives up to a closing bracket or the end: every branch must need a text. */
  disjunction(): string[] | null {
    let union: string[] | null = [];
    for (;;) {
      const branch = this.sequence();
      union = union && branch ? [...new Set([...union, ...branch])] : null;
      if (this.source[this.at] !== '|') return union;
      this.at++;
    }
  }

  /** One branch: its longest literal run, or a part it cannot match without, whichever rules out more. */
  private sequence(): string[] | null {
    let best: string[] | null = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.at < this.source.length) {
      const c = this.source[this.at]!;
      if (c === '|' || c === ')') break;
      const atom = this.atom();
      const { min, read } = this.quantifier();
      if (atom.kind === 'zero-width') {
        if (read) endRun();
        continue;
      }
      if (atom.kind === 'char' && !read) {
        run += this.caseless ? atom.char.toLowerCase() : atom.char;
        continue;
      }
      endRun();
      if (min === 0) continue;
      if (atom.kind === 'char') best = better(best, [this.caseless ? atom.char.toLowerCase() : atom.char]);
      else if (atom.kind === 'group') best = better(best, atom.needs);
    }
    endRun();
    return best;
  }

  private atom(): { kind: 'char'; char: string } | { kind: 'group'; needs: string[] | null } | { kind: 'other' } | { kind: 'zero-width' } {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'zero-width' };
    }
    if (c === '.') {
      this.at++;
      return { kind: 'other' };
    }
    if (c === '[') {
      this.characterClass();
      return { kind: 'other' };
    }
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ']' || c === '}' || (c === '{' && this.unicode)) throw new Error(`unexpected ${c}`);
    this.at++;
    // `{` not opening a quantifier is itself without the u flag; other characters are kept only when plain ASCII.
    return PLAIN.test(c) ? { kind: 'char', char: c } : { kind: 'other' };
  }

  private group(): { kind: 'group'; needs: string[] | null } | { kind: 'other' } | { kind: 'zero-width' } {
    const s = this.source;
    this.at++;
    let look: 'ahead' | 'negative' | undefined;
    if (s[this.at] === '?') {
      const rest = s.slice(this.at + 1);
      if (rest.startsWith(':')) this.at += 2;
      else if (rest.startsWith('=') || rest.startsWith('<=')) {
        look = 'ahead';
        this.at += rest.startsWith('=') ? 2 : 3;
      } else if (rest.startsWith('!') || rest.startsWith('<!')) {
        look = 'negative';
        this.at += rest.startsWith('!') ? 2 : 3;
      } else if (/^<[A-Za-z_$][\w$]*>/.test(rest)) this.at += 1 + rest.indexOf('>') + 1;
      else throw new Error('unknown group'); // modifiers and anything newer: not read
    }
    const needs = this.disjunction();
    if (s[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround matches no characters; a positive one still needs its text in the line.
    if (look === 'negative') return { kind: 'zero-width' };
    if (look === 'ahead') return { kind: 'group', needs };
    return { kind: 'group', needs };
  }

  private characterClass(): void {
    const s = this.source;
    this.at++;
    if (s[this.at] === '^') this.at++;
    if (s[this.at] === ']') {
      if (this.unicode) {
        this.at++;
        return; // [] or [^]
      }
    }
    while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? this.escapeLength() : 1;
    if (s[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
  }

  /** How many characters the escape at `at` spans (inside a class or out). */
  private escapeLength(): number {
    const rest = this.source.slice(this.at + 1);
    const p = /^(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|\d+)/.exec(rest);
    if (p) return 1 + p[0].length;
    if (rest.length === 0) throw new Error('trailing backslash');
    return 2;
  }

  private escape(): { kind: 'char'; char: string } | { kind: 'other' } | { kind: 'zero-width' } {
    const next = this.source[this.at + 1];
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { kind: 'zero-width' };
    }
    const length = this.escapeLength();
    this.at += length;
    if (length === 2 && next !== undefined && ESCAPED_PUNCTUATION.test(next)) return { kind: 'char', char: next };
    return { kind: 'other' };
  }

  /** A quantifier after an atom, if any: its least count (1 when there is none). */
  private quantifier(): { min: number; read: boolean } {
    const s = this.source;
    const c = s[this.at];
    let min: number;
    if (c === '*' || c === '?') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      min = 1;
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.at));
      if (!m) {
        if (this.unicode) throw new Error('lone brace');
        return { min: 1, read: false }; // a literal brace, read as the next atom
      }
      min = Number(m[1]);
      this.at += m[0].length;
    } else return { min: 1, read: false };
    if (s[this.at] === '?') this.at++;
    return { min, read: true };
  }
}

/**
 * Which of many texts occur in a line, found in one pass over it (an Aho-Corasick automaton made
 * into a table: one step per character). Testing each pattern's texts with `includes` read the
 * line once per text, some 800 times a line, which cost more than the anchored patterns it spared.
 * Texts are ASCII (requiredTexts keeps only ASCII literals); any other character leads back to the start.
 */
export class TextFinder {
  readonly texts: readonly string[];
  /** Compact alphabet: the characters the texts use, 1-based; 0 for any other. */
  private readonly letter = new Uint8Array(128);
  private readonly width: number;
  /** next[state * width + letter]: the state after reading a character. */
  private readonly next: Int32Array;
  /** For each state, the texts ending there (its own and those its suffixes end): endIds[endStart[state] .. endStart[state + 1]). */
  private readonly endStart: Int32Array;
  private readonly endIds: Int32Array;

  constructor(texts: readonly string[]) {
    this.texts = texts;
    let letters = 1;
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 128) throw new Error(`not ASCII: ${text}`);
        if (this.letter[code] === 0) this.letter[code] = letters++;
      }
    }
    this.width = letters;
    // The trie, then the failure links breadth first, which fill in the missing steps.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    texts.forEach((text, id) => {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const l = this.letter[text.charCodeAt(i)]!;
        let child = children[state]!.get(l);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(l, child);
        }
        state = child;
      }
      ends[state]!.push(id);
    });
    const next = new Int32Array(children.length * this.width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let l = 1; l < this.width; l++) {
      const child = children[0]!.get(l);
      if (child !== undefined) {
        next[l] = child;
        queue.push(child);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      ends[state] = [...ends[state]!, ...ends[fail[state]!]!];
      for (let l = 1; l < this.width; l++) {
        const child = children[state]!.get(l);
        const viaFail = next[fail[state]! * this.width + l]!;
        if (child === undefined) next[state * this.width + l] = viaFail;
        else {
          next[state * this.width + l] = child;
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
    this.next = next;
    this.endStart = new Int32Array(ends.length + 1);
    ends.forEach((e, state) => (this.endStart[state + 1] = this.endStart[state]! + e.length));
    this.endIds = Int32Array.from(ends.flat());
  }

  /** Sets found[id] = stamp for every text that occurs in `line`. */
  mark(line: string, found: Uint32Array, stamp: number, offset = 0): void {
    const { letter, next, endStart, endIds, width } = this;
    let state = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      state = next[state * width + (code < 128 ? letter[code]! : 0)]!;
      for (let k = endStart[state]!, end = endStart[state + 1]!; k < end; k++) found[offset + endIds[k]!] = stamp;
    }
  }
}
