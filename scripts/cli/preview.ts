/**
 * `corroborate preview [siteDir]`: serves a built site as a static host does, under the base path
 * it was built for, so that its links, styles and scripts work (a page opened from the file system
 * asks for `/_astro/...` at the disk's root and shows unstyled). Only for looking at a site on this
 * machine: 127.0.0.1 unless --host.
 *
 * Hand-written on node:http rather than a static-server package: the rules are few (the base,
 * folders to index.html, a 404 page, nothing outside the folder) and each is tested
 * (tests/preview.test.ts); content types come from mrmime, a kept table.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { lookup } from 'mrmime';
import { InputError } from '../contracts/errors.ts';
import { normaliseBase } from '../contracts/environment.ts';
import { siteBaseOf } from '../store/ownedFolders.ts';

export interface PreviewOptions {
  siteDir: string;
  /** The base path to serve under; default: the one the site was built for (its marker), else "/". */
  base?: string;
  /** Default 4321; when that one is taken, the next free one. A port asked for must be free. */
  port?: number;
  /** Listen on every address, not only 127.0.0.1. */
  host?: boolean;
}

export interface PreviewHandle {
  url: string;
  base: string;
  stop: () => Promise<void>;
}

const DEFAULT_PORT = 4321;

/** Starts serving `siteDir`; an InputError when it is not a built site or the port is taken. */
export async function startPreview(options: PreviewOptions): Promise<PreviewHandle> {
  const root = siteRoot(options.siteDir);
  const base = normaliseBase(options.base ?? siteBaseOf(root) ?? '/');
  const server = createServer((request, response) => respond(root, base, request, response));
  const hostname = options.host ? '0.0.0.0' : '127.0.0.1';
  const port = await listen(server, options.port ?? DEFAULT_PORT, hostname, options.port === undefined);
  return {
    url: `http://${options.host ? 'localhost' : hostname}:${port}${base}`,
    base,
    stop: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** The site folder, resolved through symlinks; refused when it is missing or holds no site. */
function siteRoot(siteDir: string): string {
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
    throw new InputError(`${siteDir} does not exist or is not a folder`, 'Build the site first (`corroborate build <sourcesDir> --out <siteDir>`), then pass its folder.');
  }
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new InputError(`${siteDir} is not a built site (it has no index.html)`, 'Pass the folder given to `corroborate build --out`.');
  }
  return realpathSync(siteDir);
}

/** Listens on `port`, or with `searchOn` on the first free port from it (as Astro's servers do). */
async function listen(server: Server, port: number, hostname: string, searchOn: boolean): Promise<number> {
  for (let tried = port; tried < port + 20; tried++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((done) => {
      server.once('error', done);
      server.listen(tried, hostname, () => { server.off('error', done); done(undefined); });
    });
    if (!error) return (server.address() as { port: number }).port;
    if (error.code !== 'EADDRINUSE' || !searchOn) {
      throw new InputError(`cannot listen on ${hostname}:${tried} (${error.code ?? error.message})`, error.code === 'EADDRINUSE' ? 'Choose another --port, or stop what uses that one.' : 'Choose another --port.');
    }
  }
  throw new InputError(`ports ${port} to ${port + 19} are all taken`, 'Choose a free one with --port.');
}

function respond(root: string, base: string, request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('cache-control', 'no-cache');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = (request.url ?? '/').split(/[?#]/)[0]!;
  // The site's home is at the base: the root of the address leads there, as the printed address does.
  if (!path.startsWith(base)) {
    if (path === '/' || `${path}/` === base) redirect(response, base, 302);
    else notFound(root, response, request.method);
    return;
  }
  const file = fileFor(root, path.slice(base.length));
  if (file === undefined) return notFound(root, response, request.method);
  if (file.folder) {
    // A folder's address ends in "/", so that its page's relative links resolve: static hosts redirect too.
    if (!path.endsWith('/')) return redirect(response, `${path}/`);
    const index = fileFor(root, join(file.relative, 'index.html'));
    if (!index || index.folder) return notFound(root, response, request.method);
    return send(response, index.path, 200, request.method);
  }
  send(response, file.path, 200, request.method);
}

/**
 * The file or folder a request path names inside `root`, or undefined: never anything outside it,
 * whether by "..", an encoded "%2e%2e" or "%2f", a NUL, or a symlink that leads out.
 */
export function fileFor(root: string, requestPath: string): { path: string; relative: string; folder: boolean } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined; // a malformed escape: no file has that name
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const target = resolve(root, `.${sep}${decoded}`);
  if (!inside(root, target) || !existsSync(target)) return undefined;
  const real = realpathSync(target);
  if (!inside(root, real)) return undefined;
  return { path: real, relative: relative(root, real), folder: statSync(real).isDirectory() };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function send(response: ServerResponse, path: string, status: number, method: string | undefined): void {
  const type = lookup(path) ?? 'application/octet-stream';
  const textual = /^text\/|\/(json|javascript|xml|svg\+xml)$/.test(type);
  response.writeHead(status, { 'content-type': textual ? `${type}; charset=utf-8` : type, 'content-length': statSync(path).size, 'x-content-type-options': 'nosniff' });
  if (method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}

/** 301 for a folder's slash, as static hosts answer; 302 to the base, which the next build may change (a browser keeps a 301). */
function redirect(response: ServerResponse, location: string, status = 301): void {
  response.writeHead(status, { location }).end();
}

/** The site's own 404.html when it has one (at its root, as static hosts look for it), else a short page. */
function notFound(root: string, response: ServerResponse, method: string | undefined): void {
  const page = join(root, '404.html');
  if (existsSync(page)) return send(response, page, 404, method);
  const body = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><h1>Not found</h1><p>This site has no page at this address.</p></html>\n';
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(method === 'HEAD' ? undefined : body);
}

