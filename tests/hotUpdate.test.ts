/** The live preview's choice between a hot update and Astro's restart (scripts/cli/hotUpdate.ts). */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsRestart, snapshotGenerated } from '../scripts/cli/hotUpdate.ts';

function write(dir: string, facts: string, explainer: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'facts.json'), facts);
  writeFileSync(join(dir, 'explainer.md'), explainer);
}

describe('needsRestart', () => {
  it('is false when the explainer changed with the facts, or nothing changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-hot-'));
    try {
      write(dir, '{"a":1}', 'one');
      const before = snapshotGenerated(dir, false);
      expect(needsRestart(before, snapshotGenerated(dir, false))).toBe(false);
      write(dir, '{"a":2}', 'two');
      expect(needsRestart(before, snapshotGenerated(dir, false))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is true when an event\'s facts changed under an unchanged explainer, in a folder of events too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-hot-'));
    try {
      write(join(dir, 'e1'), '{"a":1}', 'one');
      write(join(dir, 'e2'), '{"b":1}', 'uno');
      const before = snapshotGenerated(dir, true);
      write(join(dir, 'e2'), '{"b":2}', 'uno');
      expect(needsRestart(before, snapshotGenerated(dir, true))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is false for a new or removed event (the content layer adds and drops it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-hot-'));
    try {
      write(join(dir, 'e1'), '{"a":1}', 'one');
      const before = snapshotGenerated(dir, true);
      write(join(dir, 'e2'), '{"b":1}', 'uno');
      expect(needsRestart(before, snapshotGenerated(dir, true))).toBe(false);
      rmSync(join(dir, 'e1'), { recursive: true });
      expect(needsRestart(before, snapshotGenerated(dir, true))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
