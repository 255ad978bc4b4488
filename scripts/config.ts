/**
 * Site configuration: `corroborate.config.ts` (or `.json`) with the site title, description,
 * base path, language and theme. Looked up in the sources folder, then the working folder,
 * unless `--config <file>` names one. Command-line options win over the file.
 *
 * Example `corroborate.config.ts`:
 *   export default { title: 'The harbour ferry fire', lang: 'en-GB', theme: 'auto', base: '/ferry/' };
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { InputError } from './contracts/errors.ts';
import type { SiteSettings, Warning } from './contracts/generated.ts';
import { didYouMean } from './text/closestName.ts';

export const SiteConfigSchema = z.strictObject({
  /** Site title: the browser tab and the header of every page (default: the explainer's own headline). */
  title: z.string().min(1).optional(),
  /** One-sentence summary for the home page's meta description (default: the explainer's lede). */
  description: z.string().min(1).optional(),
  /** URL path the site is served under, e.g. "/my-repo/" (default "/"). */
  base: z.string().regex(/^\//, 'must start with "/", e.g. "/my-repo/"').optional(),
  /** Language of the articles, a BCP 47 tag such as "en", "en-GB" or "de" (default "en"). */
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"').optional(),
  /** "light", "dark", or "auto" to follow the reader's system setting (default "light"). */
  theme: z.enum(['light', 'dark', 'auto']).optional(),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export const CONFIG_FILES = ['corroborate.config.ts', 'corroborate.config.mjs', 'corroborate.config.js', 'corroborate.config.json'];

/** Finds the config file for a run: `explicit`, else the first one in `sourcesDir`, then `cwd`. */
export function findConfigFile(sourcesDir: string | undefined, explicit?: string, cwd = process.cwd()): string | undefined {
  if (explicit) {
    if (!existsSync(explicit)) throw new InputError(`config file ${explicit} does not exist`, 'Check the path given to --config.');
    return resolve(explicit);
  }
  for (const dir of [sourcesDir, cwd]) {
    if (!dir) continue;
    const found = CONFIG_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
    if (found) return resolve(found);
  }
  return undefined;
}

/** Reads and checks a config file; every problem names the file, the field and the fix. */
export async function loadConfig(path: string | undefined): Promise<SiteConfig> {
  if (!path) return {};
  let raw: unknown;
  try {
    if (path.endsWith('.json')) raw = JSON.parse(readFileSync(path, 'utf8'));
    else raw = ((await import(pathToFileURL(path).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new InputError(`${path} cannot be read: ${(error as Error).message.split('\n')[0]}`, path.endsWith('.json') ? 'Fix the JSON syntax.' : 'The file must `export default { ... }` and run on its own.');
  }
  const parsed = SiteConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys.map(unknownField).join('; ') : `${i.path.join('.') || '(file)'}: ${i.message}`)).join('; ');
    throw new InputError(`${path} is not a valid configuration (${problems})`, 'Allowed fields: title, description, base, lang, theme ("light", "dark" or "auto").');
  }
  return parsed.data;
}

const FIELDS = Object.keys(SiteConfigSchema.shape);

/** "titel: unknown field (did you mean title?)". */
function unknownField(key: string): string {
  return `${key}: unknown field${didYouMean(key, FIELDS)}`;
}

/**
 * Files in `dirs` that look meant as the config but are not one of CONFIG_FILES, so nothing reads
 * them (`corroborate.json`, `corroborate.config.yaml`, `.corroboraterc`): a warning each, rather
 * than a setting silently not applied. Articles (.txt, .md, .html) and corroborate's own marker
 * files are not config files, whatever their name.
 */
export function misnamedConfigFiles(dirs: readonly (string | undefined)[], explicit?: string): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (!dir || seen.has(resolve(dir))) continue;
    seen.add(resolve(dir));
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a missing folder is reported by the command itself
    }
    for (const name of names.sort()) {
      if (!/^\.?corroborate/i.test(name) || CONFIG_FILES.includes(name) || /^\.corroborate-output/.test(name) || /\.(txt|text|md|markdown|html?)$/i.test(name)) continue;
      const path = join(dir, name);
      if (!statSync(path).isFile() || (explicit && resolve(explicit) === resolve(path))) continue;
      warnings.push({
        file: path,
        problem: `is not read: the config file is named ${CONFIG_FILES.join(', ')}`,
        fix: /\.json$/i.test(name) ? `Rename it to corroborate.config.json, or pass --config ${path}.`
          : /rc$/i.test(name) ? 'Rename it to corroborate.config.json (it must hold JSON).'
            : 'Write it as corroborate.config.json (JSON) or corroborate.config.ts (`export default { ... }`).',
      });
    }
  }
  return warnings;
}

/** The settings the site reads, from a config. */
export function siteSettings(config: SiteConfig): SiteSettings {
  const settings: SiteSettings = { lang: config.lang ?? 'en', theme: config.theme ?? 'auto' };
  if (config.title) settings.title = config.title;
  if (config.description) settings.description = config.description;
  return settings;
}
