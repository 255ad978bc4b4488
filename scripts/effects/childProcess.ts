/**
 * Runs one of corroborate's own scripts in a Node process of its own: the extraction of many
 * events (whose memory goes back to the system before the pages are rendered) and each Astro
 * build (render/astro.ts). One helper for both: the same Node binary, and an exit code that is
 * turned into an error.
 */
import { spawn } from 'node:child_process';

export interface ChildOptions {
  /** Node options before the script (`--max-semi-space-size=16`). */
  nodeArgs?: string[];
  /** The child's environment; this process's when not given. */
  env?: NodeJS.ProcessEnv;
  /** Collect the child's standard output and resolve with it (else it goes to this process's). */
  captureOutput?: boolean;
}

/** What the child printed (with captureOutput) and its exit code; rejects only when it cannot be started. */
export function runNodeScript(script: string, args: readonly string[], options: ChildOptions = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
      env: options.env ?? process.env,
      stdio: ['ignore', options.captureOutput ? 'pipe' : 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
