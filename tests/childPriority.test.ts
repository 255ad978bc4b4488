/**
 * Finding a library's child process by name and lowering its priority (effects/childPriority.ts),
 * as the rebuild's early search-index reading does with Pagefind's indexer. The project runs and is
 * tested on Linux, where /proc lists a process's children.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { childProcessesNamed, setNiceness } from '../scripts/effects/childPriority.ts';

describe('childPriority', () => {
  it('finds this process\'s child by its command name and sets its niceness', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(childProcessesNamed('sleep')).toContain(child.pid);
      expect(childProcessesNamed('no-such-command')).toEqual([]);
      expect(setNiceness([child.pid!], 10)).toBe(true);
      expect(getPriority(child.pid!)).toBe(10);
    } finally {
      child.kill();
    }
  });

  it('reports a process it could not change, and throws nothing', () => {
    expect(setNiceness([2 ** 22 + 12345], 10)).toBe(false);
  });
});
