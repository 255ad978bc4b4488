/**
 * One run of the real command line, as a user starts it (`node bin/corroborate.js ...`, a fresh
 * process): its wall time from spawn to exit, so Node's start, loading the code, the language
 * model in every thread, extraction, the quote checks and writing every file are all included;
 * its CPU time with its threads and child processes; and the peak memory of its process tree.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { peakTreeMemoryMb } from './treeMemory.ts';

export interface CliRun {
  seconds: number;
  /** User and system CPU of the process, its threads and its child processes (Linux; undefined elsewhere). */
  cpuSeconds?: number;
  /** The part of cpuSeconds spent in the kernel: mostly creating files, which costs far more on some file systems than on others. */
  systemSeconds?: number;
  /** Summed resident set of the process and its children, sampled every 100 ms (Linux). */
  peakMemoryMb?: number;
  /** Seconds from the start to each progress line whose text contains a key of `marks`. */
  marks: Record<string, number>;
  /**
   * With CORROBORATE_BUILD_TIMINGS=1 in `env`: seconds from the spawn to each moment the build and
   * its processes printed (scripts/render/buildTimings.ts); a moment printed more than once, its last.
   */
  moments: Record<string, number>;
}

/** Runs `corroborate <args>`; rejects unless it exits with code 0. `marks` names progress lines to time; `env` is added to this process's environment. */
export async function runCli(root: string, args: string[], marks: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const spawnedAt = performance.timeOrigin + start;
  const child = spawn(process.execPath, [join(root, 'bin/corroborate.js'), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const seen: Record<string, number> = {};
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const mark of marks) if (seen[mark] === undefined && stderr.includes(mark)) seen[mark] = (performance.now() - start) / 1000;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakMemoryMb = await peakTreeMemoryMb(child.pid!, exited);
  const code = await exited;
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`corroborate ${args.join(' ')} exited with ${code}: ${stderr.slice(-2000)}`);
  const cpuAfter = childrenCpuSeconds();
  const cpu = cpuBefore && cpuAfter ? { cpuSeconds: cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system, systemSeconds: cpuAfter.system - cpuBefore.system } : {};
  return { seconds, ...cpu, peakMemoryMb, marks: seen, moments: moments(stderr, spawnedAt) };
}

/** `build timing: <moment> <epoch ms>` lines, as seconds from `spawnedAt` (epoch ms). */
function moments(stderr: string, spawnedAt: number): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [, moment, at] of stderr.matchAll(/^build timing: (.+) (\d+)$/gm)) found[moment!] = (Number(at) - spawnedAt) / 1000;
  return found;
}

/** User and system CPU seconds of this process's finished children (and theirs), from /proc/self/stat; undefined without /proc. */
function childrenCpuSeconds(): { user: number; system: number } | undefined {
  try {
    // Fields after the command name (which is in brackets and may hold spaces): cutime and cstime are the 14th and 15th.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 }; // clock ticks: USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
