/**
 * A function of a text that remembers its latest results: the pipeline reads the same sentence
 * in more than one stage, and the answer depends on the text alone. At most `limit` texts are
 * kept; the oldest goes first. Results are shared between callers, so they must only be read.
 */
export function rememberRecent<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    // One hash lookup on a hit (a sentence is hashed again on every call): has() then get() made two.
    const known = recent.get(text);
    if (known !== undefined || recent.has(text)) return known!;
    const result = compute(text);
    if (recent.size >= limit) recent.delete(recent.keys().next().value!);
    recent.set(text, result);
    return result;
  };
}
