/**
 * A saved page's file name, from its URL: "https://www.Harbour-Times.example/news/ferry-fire.php?id=7"
 * -> "harbour-times.example-news-ferry-fire-id-7.html". Lower case letters, digits, dots and dashes
 * only (safe on every file system and in a URL: the name becomes the source id), at most
 * MAX_STEM characters, and unique in the folder ignoring case (macOS and Windows folders do).
 */
export const MAX_STEM = 80;

/** A new file name for `url`, not in `taken` (compared ignoring case); the name is added to `taken`. */
export function fileNameFor(url: string, taken: Set<string>): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  const path = percentDecoded(parsed.pathname).replace(/\.(s?html?|php|aspx?|jsp|cgi)$/i, '');
  const slug = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[-.]+|[-.]+$/g, '');
  let stem = [slug(host), slug(path), slug(percentDecoded(parsed.search))].filter(Boolean).join('-').slice(0, MAX_STEM).replace(/[-.]+$/, '') || 'page';
  // Ingest reads "readme...", "sources..." and the like as notes beside the articles, not articles.
  if (/^(readme|license|licence|sources)\b/.test(stem)) stem = `page-${stem}`;
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let name = `${stem}.html`;
  for (let n = 2; lower.has(name); n++) name = `${stem}-${n}.html`;
  taken.add(name);
  return name;
}

/** "caf%C3%A9" -> "café" (then "cafe" in the slug); a malformed escape stays as it is. */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
