/**
 * Fetches one web page carefully: only http(s), redirects followed by hand (at most
 * `maxRedirects`, a loop named as one) so the final URL is known, a timeout per request, the
 * body streamed and dropped past `maxBytes`, only HTML content types, and one request at a time
 * per host. Every failure is a value with a message a user can act on, never a throw.
 *
 * Node's built-in fetch (undici) does the HTTP: no library adds what these checks need, and
 * each check is a few lines here.
 */
import { VERSION } from '../contracts/version.ts';
import type { HostQueue } from './hostQueue.ts';

export interface FetchLimits {
  /** Milliseconds a request may take, headers and body (each redirect is a request of its own). */
  timeoutMs: number;
  /** Bytes of body kept at most; a larger page is refused, and is never read whole. */
  maxBytes: number;
  /** Redirects followed at most (the request after the last one is the page). */
  maxRedirects: number;
}

export const USER_AGENT = `corroborate/${VERSION} (saves news pages for a fact-checking site; one request at a time per host)`;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type FetchedPage = {
  ok: true;
  /** The URL asked for. */
  url: string;
  /** The URL that served the page, after redirects. */
  finalUrl: string;
  /** The body exactly as served (after any transfer compression is undone). */
  bytes: Uint8Array;
  /** The charset of the Content-Type header, when it gives one ("windows-1252"). */
  charset?: string;
};
export type FetchFailure = { ok: false; url: string; problem: string; fix: string };

/** Fetches `url`; `queue` keeps to one request at a time per host. */
export async function fetchPage(url: string, limits: FetchLimits, queue: HostQueue): Promise<FetchedPage | FetchFailure> {
  const fail = (problem: string, fix: string): FetchFailure => ({ ok: false, url, problem, fix });
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail('is not a URL', 'Give a full address, such as https://example.org/news/story.');
  }
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      const where = redirects ? `redirects to ${current.href}, a ${current.protocol} address` : `is a ${current.protocol} address`;
      return fail(`${where}; only http and https pages are fetched`, 'Give the http(s) address of the page.');
    }
    if (current.username || current.password) {
      // It would be recorded in sources.yaml and shown on the site's source page.
      return fail(`${redirects ? `redirects to an address that` : 'is an address that'} holds a user name or password; not fetched`, 'Give the public address of the page, without user:password@.');
    }
    seen.add(current.href);
    const hop = await queue.run(current.host, () => request(current, limits));
    if (hop.kind === 'failed') return fail(hop.problem, hop.fix);
    if (hop.kind === 'redirect') {
      let next: URL;
      try {
        next = new URL(hop.location, current);
      } catch {
        return fail(`redirects to ${hop.location}, which is not a URL`, 'Open the page in a browser and give the address it ends at.');
      }
      next.hash = '';
      if (seen.has(next.href)) return fail(`redirects in a loop (back to ${next.href})`, 'The site is misconfigured; try the address a browser ends at, or later.');
      if (redirects + 1 > limits.maxRedirects) return fail(`redirects more than ${limits.maxRedirects} times (last to ${next.href})`, 'Give the address a browser ends at.');
      current = next;
      continue;
    }
    return { ok: true, url, finalUrl: current.href, bytes: hop.bytes, ...(hop.charset ? { charset: hop.charset } : {}) };
  }
}

type Hop =
  | { kind: 'page'; bytes: Uint8Array; charset?: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'failed'; problem: string; fix: string };

/** One request, no redirect followed; the body is read only for an HTML page of allowed size. */
async function request(url: URL, limits: FetchLimits): Promise<Hop> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    return networkFailure(error, limits);
  }
  const drop = (): Promise<void> => response.body?.cancel().catch(() => undefined) ?? Promise.resolve();
  if (REDIRECTS.has(response.status)) {
    await drop();
    const location = response.headers.get('location');
    if (location) return { kind: 'redirect', location };
    return { kind: 'failed', problem: `answered ${response.status} (a redirect) without saying where to`, fix: 'Give the address a browser ends at.' };
  }
  if (!response.ok) {
    await drop();
    const text = response.statusText ? ` ${response.statusText}` : '';
    const fix = response.status === 404 || response.status === 410 ? 'Check the address; the page may have moved or been removed (try a web archive).' : response.status >= 500 ? 'The site has a problem; try again later.' : 'Open the address in a browser to see why the site refuses it.';
    return { kind: 'failed', problem: `answered ${response.status}${text}; not saved`, fix };
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (!HTML_TYPES.has(mediaType)) {
    await drop();
    const what = mediaType ? `is ${mediaType}` : 'has no content type';
    return { kind: 'failed', problem: `${what}, not an HTML page; not saved`, fix: 'Save a PDF or an image yourself, as text (.txt or .md), if it is an article.' };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await drop();
    return tooLarge(limits);
  }
  const body = await readLimited(response, limits.maxBytes).catch((error: unknown) => networkFailure(error, limits));
  if ('kind' in body) return body;
  if (body.bytes === undefined) return tooLarge(limits);
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  return { kind: 'page', bytes: body.bytes, ...(charset ? { charset } : {}) };
}

/** The body, or `bytes: undefined` as soon as it passes `maxBytes` (the rest is never read). */
async function readLimited(response: Response, maxBytes: number): Promise<{ bytes?: Uint8Array }> {
  if (!response.body) return { bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return {};
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes };
}

function tooLarge(limits: FetchLimits): Hop {
  const mb = (limits.maxBytes / 1024 / 1024).toFixed(limits.maxBytes < 1024 * 1024 ? 2 : 0);
  return { kind: 'failed', problem: `is larger than ${mb} MB, too large for a news page; not saved`, fix: 'Check that the address is an article, or save the article text yourself as .txt.' };
}

/** TLS errors are named as such (undici reports them as the cause of "fetch failed"). */
const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

/** A failure of the connection (time out, TLS, DNS, refused) as a message. */
export function networkFailure(error: unknown, limits: Pick<FetchLimits, 'timeoutMs'>): Hop & { kind: 'failed' } {
  const failed = (problem: string, fix: string) => ({ kind: 'failed' as const, problem, fix });
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return failed(`did not answer within ${limits.timeoutMs / 1000} s (timed out); not saved`, 'Try again later; the site is slow or unreachable.');
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  if (TLS_CODE.test(code) || /ssl|tls|certificate/i.test(cause?.message ?? '')) {
    return failed(`has a TLS (https) problem: ${code || cause?.message}; not saved`, 'The site\'s certificate or https set-up is broken; check the address, or try http:// if the site offers it.');
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return failed('names a host that was not found; not saved', 'Check the address for typing errors and your internet connection.');
  if (code === 'ECONNREFUSED') return failed('refused the connection; not saved', 'Check the address (and its port); the site may be down.');
  const reason = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return failed(`could not be fetched (${code || reason}); not saved`, 'Check the address and your connection, then try again.');
}
