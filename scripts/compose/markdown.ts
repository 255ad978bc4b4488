/**
 * Article text is data: before it goes into generated Markdown every character that
 * Markdown, HTML or a directive could act on is escaped, so an article can never
 * inject markup, links or scripts into the site.
 */

/** Backslash-escapes ASCII punctuation that CommonMark, GFM or remark-directive treat as syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~:&"'=-]/g, (c) => `\\${c}`)
    .replace(/^(\d+)\./, '$1\\.');
}

/** A citation directive the remark plugin turns into markers: :cite{#claim-id src="a b"}. */
export function citation(claimId: string, sources: readonly string[]): string {
  return `:cite{#${claimId} src="${[...new Set(sources)].join(' ')}"}`;
}

/** A YAML frontmatter block with JSON-quoted values (JSON strings are valid YAML). */
export function frontmatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
