/** "  the  Côte d’Ivoire " -> "côte d'ivoire": the key names are matched on. */
export function normalName(name: string): string {
  return name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').toLowerCase();
}
