/** Reads a built site from disk: its pages, and every internal link with whether it resolves. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlPages(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** Internal links (href starting with base) that point at a missing page or a missing id. */
export function brokenLinks(siteDir: string, base = '/'): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string): Set<string> => {
    if (!ids.has(page)) ids.set(page, new Set([...readFileSync(page, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(page)!;
  };
  const broken: string[] = [];
  for (const page of htmlPages(siteDir)) {
    const html = readFileSync(page, 'utf8');
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href!.startsWith(base) || href!.startsWith('//')) continue;
      const [path, hash] = href!.slice(base.length).split('#') as [string, string | undefined];
      let target = join(siteDir, decodeURIComponent(path));
      if (!existsSync(target)) { broken.push(`${relative(siteDir, page)} -> ${href} (no such file)`); continue; }
      if (statSync(target).isDirectory()) target = join(target, 'index.html');
      if (hash && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${relative(siteDir, page)} -> ${href} (no such id)`);
    }
  }
  return broken;
}
