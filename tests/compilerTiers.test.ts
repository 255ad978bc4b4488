/**
 * The Node that extracts runs with V8's Maglev as its top compiler (scripts/effects/compilerTiers.ts):
 * bin/corroborate.js, plain JavaScript, keeps its own copy of the flags, which must stay the same.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_RUN_NODE_ARGS } from '../scripts/effects/compilerTiers.ts';
import { ROOT } from './support/cli.ts';

describe('compiler tiers of a one-run extraction', () => {
  it('bin/corroborate.js hands `extract` to a Node started with the same flags as the extraction process', () => {
    const bin = readFileSync(join(ROOT, 'bin/corroborate.js'), 'utf8');
    expect(bin).toContain(`const TIER_FLAGS = ${JSON.stringify(ONE_RUN_NODE_ARGS).replaceAll('"', "'")};`);
    expect(ONE_RUN_NODE_ARGS).toEqual(['--max-opt=2']);
  });
});
