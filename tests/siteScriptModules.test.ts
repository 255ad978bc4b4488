import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteScriptModules } from '../scripts/render/siteScriptModules.ts';

const root = mkdtempSync(join(tmpdir(), 'site-modules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('siteScriptModules', () => {
  it('lists the scripts/ modules that pages and components import at run time, not type-only imports', () => {
    mkdirSync(join(root, 'site/pages/[...event]'), { recursive: true });
    mkdirSync(join(root, 'components/charts'), { recursive: true });
    writeFileSync(join(root, 'site/pages/[...event]/index.astro'), "---\nimport { a } from '../../../scripts/charts/a.ts';\nimport type { T } from '../../../scripts/contracts/t.ts';\n---\n<p>{a}</p>\n");
    writeFileSync(join(root, 'components/charts/b.ts'), "import {\n  b,\n  c,\n} from '../../scripts/compose/b.ts';\nimport x from 'd3-scale';\nexport const d = b;\n");
    writeFileSync(join(root, 'components/readme.md'), "import { z } from '../scripts/z.ts'\n");
    expect(siteScriptModules(root)).toEqual([join(root, 'scripts/charts/a.ts'), join(root, 'scripts/compose/b.ts')]);
  });

  it("finds this project's pages' modules, each a file that exists", () => {
    const modules = siteScriptModules(join(import.meta.dirname, '..'));
    expect(modules).toContain(join(import.meta.dirname, '../scripts/charts/choose.ts'));
    expect(modules.every((m) => m.includes('/scripts/') && m.endsWith('.ts'))).toBe(true);
  });
});
