/**
 * The one Content-Security-Policy of every page (set as a meta tag by the layout). Scripts only
 * from the site itself, so article text that somehow became markup still could not run;
 * 'wasm-unsafe-eval' lets the search index (WASM) run; inline styles are allowed because the
 * build inlines small stylesheets. Nothing may load from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
