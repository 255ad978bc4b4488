/** Debian's Chromium through playwright-core, with the flags this closed-network machine needs. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { serve } from './staticServer.ts';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`);
  return path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A built site served over HTTP and a browser to look at it: a browser test file's beforeAll. */
export async function openSite(site: string): Promise<{ server: Awaited<ReturnType<typeof serve>>; browser: Browser }> {
  const server = await serve(site);
  return { server, browser: await launch() };
}

/** Its afterAll: closes whatever openSite got as far as opening. */
export async function closeSite(opened: { server?: { close: () => Promise<void> }; browser?: Browser }): Promise<void> {
  await opened.browser?.close();
  await opened.server?.close();
}
