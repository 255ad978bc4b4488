/**
 * A function of a text that remembers its latest results: the pipeline reads the same sentence
 * in more than one stage, and the answer depends on the text alone. At most `limit` texts are
 * kept; the oldest goes first. Results are shared between callers, so they must only be read.
 */
export function rememberRecent<T>(limit: number, compute: (text: string) => T): Remembering<T> {
  const recent = new Map<string, T>();
  everyMemo.push(recent);
  const keep = (text: string, result: T): void => {
    if (recent.size >= limit) recent.delete(recent.keys().next().value!);
    recent.set(text, result);
  };
  const remembering = (text: string): T => {
    // One hash lookup on a hit (a sentence is hashed again on every call): has() then get() made two.
    const known = recent.get(text);
    if (known !== undefined || recent.has(text)) return known!;
    const result = compute(text);
    keep(text, result);
    return result;
  };
  return Object.assign(remembering, { keep });
}

/** Every remembering function's results, so that an event's can be dropped when the next begins. */
const everyMemo: Array<Map<string, unknown>> = [];

/**
 * Forgets every remembered result. The pipeline calls it as an event begins: the sentences one
 * event reads again are its own, so results kept from the events before only fill the heap (a
 * thread that had read a thousand events kept 50,000 sentences' tokens, and each collection of
 * the old generation walked them all). Results never change with it, only what they cost.
 */
export function forgetRecentResults(): void {
  for (const memo of everyMemo) memo.clear();
}

/** A remembering function, and a way to hand it a result found elsewhere (the same as it would compute). */
export type Remembering<T> = ((text: string) => T) & { keep: (text: string, result: T) => void };
