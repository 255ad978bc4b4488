/**
 * schema.org data for search engines and other tools: the explainer as an Article, and
 * each claim as a Claim with its appearances (the source passages that make it).
 */
import type { Claim, Facts } from '../../scripts/contracts/facts.ts';
import { sourceLabel } from '../../components/sourceLabel.ts';

type Site = URL | undefined;

function url(path: string, site: Site): string {
  return site ? new URL(path, site).href : path;
}

export function claimJsonLd(claim: Claim, facts: Facts, site: Site, base: string): object {
  const sources = new Map(facts.sources.map((s) => [s.id, s]));
  return {
    '@type': 'Claim',
    '@id': url(`${base}claims/#${claim.id}`, site),
    text: claim.text,
    ...(claim.speaker ? { author: { '@type': 'Person', name: claim.speaker.name, ...(claim.speaker.role ? { jobTitle: claim.speaker.role } : {}) } } : {}),
    appearance: [...new Set(claim.evidence.map((e) => e.source))].map((id) => {
      const source = sources.get(id)!;
      return {
        '@type': 'CreativeWork',
        url: source.url ?? url(`${base}sources/${id}/#${claim.id}`, site),
        ...(source.title ? { headline: source.title } : {}),
        // An outlet only when one is known: "Source 2" is no organisation.
        ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
        ...(source.published ? { datePublished: source.published } : {}),
      };
    }),
  };
}

export function explainerJsonLd(facts: Facts, title: string, description: string, site: Site, base: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    description,
    url: url(base, site),
    image: url(`${base}og/headline.png`, site),
    isBasedOn: facts.sources.map((s, i) => ({ '@type': 'CreativeWork', name: s.title ?? sourceLabel(s, i + 1), ...(s.url ? { url: s.url } : {}) })),
    hasPart: facts.claims.map((c) => claimJsonLd(c, facts, site, base)),
  };
}

export function claimsPageJsonLd(facts: Facts, site: Site, base: string): object {
  return { '@context': 'https://schema.org', '@graph': facts.claims.map((c) => claimJsonLd(c, facts, site, base)) };
}
