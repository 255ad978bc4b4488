/** Writes schema/facts.schema.json from the zod schema, the single source of truth. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { FactsSchema } from '../scripts/contracts/facts.ts';

export function factsJsonSchema(): string {
  const schema = z.toJSONSchema(FactsSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://corroborate.dev/schema/facts.schema.json', title: 'Corroborate facts.json', ...schema }, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(new URL('../schema/facts.schema.json', import.meta.url), factsJsonSchema());
  console.log('wrote schema/facts.schema.json');
}
