/**
 * The one Content-Security-Policy of every page (set as a meta tag by the layout). Scripts only
 * from the site itself, so article text that somehow became markup still could not run;
 * 'wasm-unsafe-eval' lets the search index (WASM) run; inline styles are allowed because the
 * build inlines small stylesheets. Nothing may load from another origin.
 */
import { inPreview } from '../../scripts/contracts/environment.ts';
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy for a page, or none in the live preview (`corroborate dev` sets CORROBORATE_PREVIEW):
 * Vite's preview client runs inline code the policy would block. Built sites always carry it.
 */
export function pagePolicy(): string | undefined {
  return inPreview() ? undefined : CONTENT_SECURITY_POLICY;
}
