/**
 * One request at a time per host: a site is never hit by two of our requests at once, however
 * many of its pages are in the list. Hosts are independent of each other.
 */
export interface HostQueue {
  /** Runs `task` once every earlier task for `host` has settled. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostQueue(): HostQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    async run(host, task) {
      const previous = tails.get(host) ?? Promise.resolve();
      let release!: () => void;
      const done = new Promise<void>((resolve) => { release = resolve; });
      const tail = previous.then(() => done);
      tails.set(host, tail);
      await previous;
      try {
        return await task();
      } finally {
        release();
        if (tails.get(host) === tail) tails.delete(host);
      }
    },
  };
}
