/** Writes schema/facts.schema.json and schema/corrections.schema.json from the zod schemas, the single source of truth. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { FactsSchema } from '../scripts/contracts/facts.ts';
import { CorrectionsFileSchema } from '../scripts/contracts/corrections.ts';

function jsonSchema(schema: z.ZodType, id: string, title: string): string {
  return `${JSON.stringify({ $id: `https://corroborate.dev/schema/${id}`, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) }, null, 2)}\n`;
}

export function factsJsonSchema(): string {
  return jsonSchema(FactsSchema, 'facts.schema.json', 'Corroborate facts.json');
}

export function correctionsJsonSchema(): string {
  return jsonSchema(CorrectionsFileSchema, 'corrections.schema.json', 'Corroborate corrections.yaml');
}

if (import.meta.main) {
  writeFileSync(new URL('../schema/facts.schema.json', import.meta.url), factsJsonSchema());
  writeFileSync(new URL('../schema/corrections.schema.json', import.meta.url), correctionsJsonSchema());
  console.log('wrote schema/facts.schema.json and schema/corrections.schema.json');
}
