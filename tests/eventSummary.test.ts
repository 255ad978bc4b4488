import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { summarise } from '../scripts/compose/eventSummary.ts';
import { frontmatter } from '../scripts/compose/markdown.ts';
import { FACTS_FORMAT_VERSION } from '../scripts/contracts/facts.ts';
import type { PipelineResult } from '../scripts/pipeline.ts';

function resultWith(explainer: string): PipelineResult {
  return { facts: { format: FACTS_FORMAT_VERSION, generator: 'test', sources: [], claims: [], conflicts: [] }, documents: [], files: [{ path: 'explainer.md', content: explainer }], warnings: [] };
}

describe('summarise', () => {
  it('reads the title and description compose wrote, as a YAML parser reads them', () => {
    const odd = fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', ':', '#', '\n', '\t', '\u2028', '\u0085', '\ufeff', '\ud800', '😀', '…', "'"), maxLength: 30 });
    fc.assert(fc.property(odd, odd, (title, description) => {
      const explainer = `${frontmatter({ title, description, sources: 2, claims: 5 })}\nBody.\n`;
      const yaml = parseYaml(/^---\n([\s\S]*?)\n---/.exec(explainer)![1]!) as { title: string; description: string };
      const summary = summarise('e', 'e', resultWith(explainer));
      return summary.title === yaml.title && summary.description === yaml.description && summary.title === title;
    }), { numRuns: 2000 });
  });

  it('falls back to the folder name and an empty description without frontmatter', () => {
    expect(summarise('e', 'folder', resultWith('No frontmatter.\n'))).toMatchObject({ title: 'folder', description: '' });
  });
});
