/** The live preview's update after an extraction (scripts/cli/hotUpdate.ts), on a stand-in for Vite's server. */
import { describe, expect, it } from 'vitest';
import type { ViteDevServer } from 'vite';
import { hotUpdate } from '../scripts/cli/hotUpdate.ts';

describe('hotUpdate', () => {
  it('makes every server environment forget its evaluated modules, then reloads open pages', () => {
    const cleared: string[] = [];
    const sent: unknown[] = [];
    const runner = (name: string) => ({ runner: { evaluatedModules: { clear: () => cleared.push(name) } } });
    const server = {
      environments: {
        client: { ...runner('client'), hot: { send: (payload: unknown) => sent.push(payload) } },
        ssr: runner('ssr'),
        prerender: runner('prerender'),
      },
    } as unknown as ViteDevServer;
    hotUpdate(server);
    // The browser's modules are left to Vite's reload; the server's are all evaluated afresh on the next request.
    expect(cleared.sort()).toEqual(['prerender', 'ssr']);
    expect(sent).toEqual([{ type: 'full-reload', path: '*' }]);
  });
});
