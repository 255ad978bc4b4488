/** Source numbers and labels for the citation markers, read from the generated facts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationSource } from '../../components/markdown/remarkCitations.ts';
import type { Facts } from '../../scripts/schema.ts';
import { sourceLabel } from '../../components/sourceLabel.ts';
import { dataDir } from './dataDir.ts';

export function citationSources(): CitationSource[] {
  const path = join(dataDir(), 'facts.json');
  if (!existsSync(path)) return [];
  const facts = JSON.parse(readFileSync(path, 'utf8')) as Facts;
  return facts.sources.map((s) => ({ id: s.id, label: sourceLabel(s) }));
}
