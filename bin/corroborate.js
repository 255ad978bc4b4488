#!/usr/bin/env node
// The `corroborate` command. The CLI is TypeScript (scripts/cli.ts), which Node runs directly
// from 22.18 on. An older `node` on the PATH (many systems ship Node 20) hands over to the
// project's own Node 24 from the `node` devDependency, so `npx corroborate` works either way.
// Plain JavaScript on purpose: this file must run on any Node.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCacheFolder, pruneCompileCaches } from './compileCache.js';

// Node's compile cache keeps each module's stripped TypeScript and compiled code on disk (in
// the system's temporary folder, keyed by the file's contents), so a run after the first skips
// that work: about half a second of every command's start. Set here, before the CLI's modules
// load; through NODE_COMPILE_CACHE the worker threads and child processes (the extraction
// process, Astro builds) use it too. NODE_DISABLE_COMPILE_CACHE=1 turns it off. Our own folder,
// a week at a time (compileCache.js); a NODE_COMPILE_CACHE the user set is used and never pruned.
let compileCache = process.env.NODE_COMPILE_CACHE;
if (!compileCache) {
  compileCache = compileCacheFolder(tmpdir());
  if (!process.env.NODE_DISABLE_COMPILE_CACHE) pruneCompileCaches(tmpdir(), compileCache);
}
process.env.NODE_COMPILE_CACHE = compileCache;
module.enableCompileCache?.(compileCache);

const cli = fileURLToPath(new URL('../scripts/cli.ts', import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
const runsTypeScript = major > 22 || (major === 22 && minor >= 18);

// `extract` runs in a Node started with V8's Maglev as its top compiler, a flag V8 reads only at a
// process's start (scripts/effects/compilerTiers.ts says why: a fifth less CPU, the same output).
// A Node started without it hands the command over to one started with it (one more start, some
// 20 ms); the flag is read again here, so the Node it started runs the command itself.
const TIER_FLAGS = ['--max-opt=2'];
const command = process.argv[2];
const oneRun = command === 'extract' && !process.argv.includes('--help') && !process.argv.includes('-h');
const tiered = TIER_FLAGS.every((flag) => process.execArgv.includes(flag));

if (runsTypeScript && (!oneRun || tiered)) {
  // A build's Astro process is started first, to load Astro while this one loads the rest of
  // the command and extracts the facts (scripts/render/astro.ts); unused, it ends by itself.
  if (process.argv[2] === 'build' && !process.argv.includes('--help') && !process.argv.includes('-h')) {
    const { warmUpAstro } = await import(fileURLToPath(new URL('../scripts/render/astro.ts', import.meta.url)));
    warmUpAstro();
  }
  const { main } = await import(cli);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const local = runsTypeScript ? process.execPath : fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    console.error(`error: corroborate needs Node 22.18 or newer (this is Node ${process.versions.node}).\n  fix: run \`npm install\` in the corroborate folder (it brings Node 24), or install a newer Node.`);
    process.exit(3);
  }
  const child = spawn(local, [...(oneRun ? TIER_FLAGS : []), oneRun ? fileURLToPath(import.meta.url) : cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches the child through the terminal's process group; also pass on a plain kill.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 3);
  });
}
