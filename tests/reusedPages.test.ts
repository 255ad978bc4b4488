/**
 * Whether a previous site's pages are likely reusable, decided before any fact is extracted
 * (render/reusedPages.ts): a rebuild starts Astro's bundling and Pagefind's reading early only
 * then, so after an upgrade of the site's code (every page rendered again) it does not add them
 * to a full extraction's peak.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasReusablePages, recordPages, reusablePages, siteCodeFingerprint } from '../scripts/render/reusedPages.ts';

const keys = new Map([['harbour-strike', 'a'.repeat(64)]]);

describe('hasReusablePages', () => {
  it('holds for a site whose record this site code wrote, not for another code, an older record or none', () => {
    const site = mkdtempSync(join(tmpdir(), 'corroborate-reused-'));
    expect(hasReusablePages(site)).toBe(false);
    recordPages(site, keys);
    expect(hasReusablePages(site)).toBe(true);
    recordPages(site, keys, 'another version of the site code');
    expect(hasReusablePages(site)).toBe(false);
    // A record from before the code was recorded: its pages may still be reused by key, but the build does not count on it.
    writeFileSync(join(site, '.corroborate-pages.json'), JSON.stringify({ format: 1, events: Object.fromEntries(keys) }));
    expect(hasReusablePages(site)).toBe(false);
    writeFileSync(join(site, '.corroborate-pages.json'), 'not json');
    expect(hasReusablePages(site)).toBe(false);
    expect(siteCodeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not change which event folders are reused: that is still each page key', () => {
    const site = mkdtempSync(join(tmpdir(), 'corroborate-reused-'));
    mkdirSync(join(site, 'harbour-strike'));
    writeFileSync(join(site, 'harbour-strike', 'index.html'), '<!doctype html><title>t</title>');
    recordPages(site, keys, 'another version of the site code');
    expect(reusablePages(site, keys)).toEqual(['harbour-strike']);
    expect(reusablePages(site, new Map([['harbour-strike', 'b'.repeat(64)]]))).toEqual([]);
  });
});
