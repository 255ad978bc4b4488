/** The pages' own reading of explainer.md (site/lib/explainerEntry.ts): its checks and their messages. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExplainer } from '../site/lib/explainerEntry.ts';

function withFile(text: string, check: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-explainer-'));
  try {
    const file = join(dir, 'explainer.md');
    writeFileSync(file, text);
    check(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('readExplainer', () => {
  it('gives the checked frontmatter and the Markdown after it, trimmed', () => {
    withFile('---\ntitle: "Ferry fire at the harbour"\ndescription: "What 3 sources report."\nsources: 3\nclaims: 7\n---\n\n## The numbers\n\nSome text.\n', (file) => {
      const entry = readExplainer(file);
      expect(entry.data).toEqual({ title: 'Ferry fire at the harbour', description: 'What 3 sources report.', sources: 3, claims: 7 });
      expect(entry.body).toBe('## The numbers\n\nSome text.');
      expect(entry.file).toBe(file);
    });
  });

  it('names the file, the field and the fix when a field is missing or of the wrong kind', () => {
    withFile('---\ntitle: "Ferry fire"\nsources: three\nclaims: 7\n---\nText.\n', (file) => {
      expect(() => readExplainer(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the frontmatter does not fit the explainer's fields \\(description: .*; sources: .*\\) \\(fix: run \`corroborate extract\` again`));
    });
  });

  it('names the file and the line when the frontmatter is not YAML', () => {
    withFile('---\ntitle: "Ferry fire\ndescription: [unclosed\n---\nText.\n', (file) => {
      expect(() => readExplainer(file)).toThrow(/explainer\.md:\d+: the frontmatter is not valid YAML/);
    });
  });

  it('says to extract first when the file is missing', () => {
    expect(() => readExplainer(join(tmpdir(), 'no-such-folder-corroborate', 'explainer.md'))).toThrow(/explainer\.md is missing from the generated data \(fix: run `corroborate extract` first\)/);
  });
});
