/** The gazetteer's index: its city table's search, and the index kept in the cache and read back. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cityTable } from '../scripts/charts/places/cityTable.ts';
import { gazetteerIndex } from '../scripts/charts/places/gazetteerIndex.ts';

// Invented cities, sorted by key in UTF-16 code units as the index writes them.
const lines = [
  ['alderby', 'Alderby', 'GB', 1200, -1.5, 53.25],
  ['bram', 'Bram', 'NL', 5000, 5.1, 52.1],
  ['bram', 'Bram', 'US', 80000, -97.5, 35.25],
  ['bram falls', 'Bram Falls', 'CA', 2000, -80, 45],
  ['zell', 'Zell', 'AT', 9000, 13.5, 47.5],
].map((l) => l.join('\t')).join('\n');

describe('cityTable', () => {
  const table = cityTable(lines);
  it('finds every city of a key, in the order given, first and last lines included', () => {
    expect(table.get('bram')?.map((c) => c.country)).toEqual(['NL', 'US']);
    expect(table.get('bram')![1]).toEqual({ name: 'Bram', country: 'US', population: 80000, point: [-97.5, 35.25] });
    expect(table.get('alderby')?.length).toBe(1);
    expect(table.get('zell')?.[0]!.point).toEqual([13.5, 47.5]);
    expect(table.get('bram falls')?.[0]!.name).toBe('Bram Falls');
  });
  it('has no city for a key between, before or after the lines, nor for a prefix', () => {
    for (const key of ['', 'a', 'bra', 'bram f', 'zz', 'ǆ']) expect(table.has(key), key).toBe(false);
    expect(cityTable('').get('bram')).toBeUndefined();
  });
});

describe('gazetteerIndex', () => {
  it('is written once to the cache and read back the same', () => {
    const first = gazetteerIndex();
    const dir = join(import.meta.dirname, '../node_modules/.cache/corroborate-gazetteer');
    expect(existsSync(join(dir, `gazetteer-${first.key.slice(0, 16)}.json`))).toBe(true);
    // The cities are kept as text of their own beside it (parsed out of the JSON they cost each thread more).
    expect(existsSync(join(dir, `gazetteer-${first.key.slice(0, 16)}.cities.txt`))).toBe(true);
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
    const again = gazetteerIndex();
    expect(again).toEqual(first);
    expect(first.countries.find((c) => c.name === 'France')?.point).toEqual([2.46, 46.57]);
    expect(first.countryNames.some(([name]) => name === 'u.s.')).toBe(true);
  }, 60_000);
});
