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
  const started = startNodeScript(script, args, options);
  started.close(); // nothing to tell it
  return started.done;
}

/** A child started by startNodeScript: its standard input, and its end. */
export interface StartedScript {
  /** Writes to the child's standard input (ignored once the child has gone). */
  send(text: string): void;
  /** Closes the child's standard input. */
  close(): void;
  /** Ends the child now (SIGTERM). */
  kill(): void;
  /** Whether this process waits for the child before it exits (it does unless told otherwise). */
  hold(wait: boolean): void;
  /** What the child printed (with captureOutput) and its exit code; rejects only when it cannot be started. */
  done: Promise<{ code: number | null; output: string }>;
}

/**
 * Starts the script with a pipe to its standard input, so that it can be started ahead of its
 * work and told what to do later (render/astro.ts starts an Astro build's process while the facts
 * are still being extracted). A child whose input is closed (this process ended) can see it and stop.
 */
export function startNodeScript(script: string, args: readonly string[], options: ChildOptions = {}): StartedScript {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
    env: options.env ?? process.env,
    stdio: ['pipe', options.captureOutput ? 'pipe' : 'inherit', 'inherit'],
  });
  // Always there with a 'pipe' (the type allows null for other stdio settings).
  const input = child.stdin!;
  // A child that ends before reading its input makes a write fail with EPIPE: its exit code says what happened.
  input.on('error', () => {});
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  const done = new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
  return {
    send: (text) => { if (input.writable) input.write(text); },
    close: () => { input.end(); },
    kill: () => { child.kill(); },
    hold: (wait) => {
      // Both the process and the pipe to it keep this process's event loop alive.
      const pipe = input as typeof input & { ref?: () => void; unref?: () => void };
      if (wait) { child.ref(); pipe.ref?.(); } else { child.unref(); pipe.unref?.(); }
    },
    done,
  };
}
