/**
 * How fast the machine itself runs while the bench runs, apart from corroborate's code. A virtual
 * machine shared with others slows down for hours at a time (measured here: the same code 55 %
 * slower in the late evening than three hours before, nothing else of ours running), so a bench
 * result means little without it.
 *
 * Two readings: the time of a fixed reference workload that never changes with corroborate's code,
 * meant for comparing bench runs, and the share of the time the CPUs wanted to run that the
 * hypervisor gave to other machines ("steal", Linux only). Neither explained this machine's slow
 * hours so far (steal 0.4-4 %, the reference a few percent slower while the pipeline ran at half
 * speed): they are recorded so that the next slow hours can be told from a slower code change.
 */
import { readFileSync } from 'node:fs';

/** A fixed text of about `words` pseudo-random words (a fixed seed, so every run reads the same text). */
export function referenceText(words: number): string {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const letters = 'etaoinshrdlucmfwypvbgkjqxz';
  const vocabulary = Array.from({ length: 5000 }, () => Array.from({ length: 2 + next(9) }, () => letters[next(next(26) + 1)]).join(''));
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(i % 17 === 16 ? `${vocabulary[next(5000)]}.` : vocabulary[next(5000)]!);
  return parts.join(' ');
}

/**
 * The kind of work extraction does (regular expressions over text, strings, a hash map, sorting),
 * in plain JavaScript that owes nothing to corroborate's code. Returns a checksum so that no part
 * of the work can be left out by the compiler.
 */
export function referenceWork(text: string): number {
  const counts = new Map<string, number>();
  for (const sentence of text.split(/(?<=\.)\s+/)) {
    for (const m of sentence.matchAll(/\b\w+\b/g)) {
      const word = m[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length * 31 + ranked[0]![1] + JSON.stringify(ranked.slice(0, 100)).length;
}

/** Milliseconds of the reference workload: the median run and the fastest. */
export interface ReferenceTime {
  medianMs: number;
  fastestMs: number;
}

/**
 * `runs` runs of the reference workload (about 55-100 ms each here), after two runs to warm the code
 * up. One run varies by up to half from the next on this machine, so the median and the fastest
 * (what the machine can do when nothing disturbs it) are kept, never a single run.
 */
export function referenceTime(runs = 9, text = referenceText(400_000)): ReferenceTime {
  for (let i = 0; i < 2; i++) referenceWork(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    referenceWork(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(runs / 2)]!, fastestMs: times[0]! };
}

/** The all-CPU line of /proc/stat, in ticks. */
export interface CpuTicks {
  /** Ticks the CPUs wanted to run (all but idle and waiting for the disk), stolen ones included. */
  busy: number;
  /** Ticks the CPUs wanted to run but the hypervisor ran another machine. */
  steal: number;
}

/** Parses /proc/stat's first line ("cpu  user nice system idle iowait irq softirq steal ..."); undefined if it is not one. */
export function parseCpuTicks(procStat: string): CpuTicks | undefined {
  const line = procStat.split('\n', 1)[0]!;
  const fields = line.trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 9) return undefined;
  const numbers = fields.slice(1).map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) return undefined;
  // user nice system idle iowait irq softirq steal; guest and guest_nice (after steal) are already
  // counted in user and nice. Idle CPUs lose nothing to steal, so it is a share of the busy time.
  const [user, nice, system, , , irq, softirq, steal] = numbers as [number, number, number, number, number, number, number, number];
  return { busy: user + nice + system + irq + softirq + steal, steal };
}

/** This machine's CPU ticks now; undefined where there is no /proc/stat (not Linux). */
export function readCpuTicks(): CpuTicks | undefined {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Of the time the CPUs wanted to run between two readings, the percentage the hypervisor gave to
 * other machines; undefined when a reading is missing or the CPUs never ran.
 */
export function stealPercent(before: CpuTicks | undefined, after: CpuTicks | undefined): number | undefined {
  if (!before || !after || after.busy <= before.busy) return undefined;
  return (100 * (after.steal - before.steal)) / (after.busy - before.busy);
}
