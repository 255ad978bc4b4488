/**
 * Which of V8's compilers a Node that extracts uses. An extraction runs a great deal of code (some
 * hundreds of modules of rules, thousands of patterns) over a few hundred events per thread, then
 * ends. V8 first interprets a function, compiles it quickly (Sparkplug, then Maglev) as it gets
 * hot, and compiles the hottest once more with its optimising compiler (TurboFan), on background
 * threads whose time is the process's too. For a run this short and this wide that last compile
 * costs more than it saves: the 198 non-held-out multi-news events, extracted on one thread, took
 * about a fifth less CPU for a first pass with Maglev as the top tier (4.7-5.1 s against
 * 5.3-5.7 s), and no more for a second pass over the same events (3.4-3.7 s against 3.4-3.8 s),
 * where TurboFan's code had had every chance to pay off. A compiler tier changes how fast code
 * runs, never what it computes: the output is byte for byte the same (npm run identity).
 *
 * V8 reads its flags only when the process starts (it freezes them then: v8.setFlagsFromString
 * later does nothing), so they go on the command line of the Node that runs the extraction:
 * bin/corroborate.js starts `extract` so (it keeps its own copy of these flags: plain JavaScript,
 * it imports no TypeScript), and a build of many events starts its extraction process so
 * (build/extractChild.ts). The live preview and dev servers run for long and keep V8's defaults.
 */

/** Node options for a process that extracts and ends: Maglev, V8's middle compiler, as its top tier. */
export const ONE_RUN_NODE_ARGS: readonly string[] = ['--max-opt=2'];
