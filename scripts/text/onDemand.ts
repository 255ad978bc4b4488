/**
 * Packages loaded when first used, not when the stages are: most folders of articles have no
 * sources.yaml, corrections.yaml, Markdown frontmatter or saved web page, and these packages
 * (yaml: 72 modules; parse5 and entities: 22, entities building its decoding tables as it loads)
 * were a sixth of the code every extracting thread loaded. `require` loads them synchronously
 * (yaml's Node build is CommonJS; parse5 and entities are ES modules without top-level await,
 * which Node 22.12 and later require as they import them), so the stages stay synchronous; an
 * `import` of one elsewhere gets the very same module.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type * as Parse5 from 'parse5';
import type * as Entities from 'entities';

const load = createRequire(import.meta.url);
let loadedYaml: typeof Yaml | undefined;
let loadedParse5: typeof Parse5 | undefined;
let loadedEntities: typeof Entities | undefined;

/** The yaml package's exports (`yaml().parseDocument(...)`, `yaml().isMap(node)`). */
export function yaml(): typeof Yaml {
  loadedYaml ??= load('yaml') as typeof Yaml;
  return loadedYaml;
}

/** parse5's exports (`parse5().parse(html, options)`), for saved web pages. */
export function parse5(): typeof Parse5 {
  loadedParse5 ??= load('parse5') as typeof Parse5;
  return loadedParse5;
}

/** The entities package's exports (`entities().decodeHTML(text)`), for HTML sources. */
export function entities(): typeof Entities {
  loadedEntities ??= load('entities') as typeof Entities;
  return loadedEntities;
}
