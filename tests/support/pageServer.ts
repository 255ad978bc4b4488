/**
 * A local web server for the `corroborate add` tests: 127.0.0.1 only, on a free port, serving
 * invented fixture pages (redirects and a loop, a slow page, a huge one, a 404, a PDF, an image,
 * a page whose canonical URL differs, pages in legacy charsets). It records each request (path,
 * user agent) and the most requests it ever served at once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry fire closes the harbour | Gull Point Gazette</title>
<meta property="og:title" content="Ferry fire closes the harbour">
<meta property="og:site_name" content="Gull Point Gazette">
<meta name="author" content="Mira Okonjo">
<meta property="article:published_time" content="2031-05-14T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry fire closes the harbour</h1>
<p>GULL POINT — A fire on the evening ferry forced 212 passengers ashore on Tuesday, the harbour authority said.</p>
<p>"Everyone was off the boat within 40 minutes," said harbour master Tomas Veld. Crews cancelled 14 sailings on Wednesday while inspectors examined the engine room.</p>
<p>The operator said repairs would take about three weeks and cost an estimated $2.5 million.</p>
</article><footer>© Gull Point Gazette</footer></body></html>`;

/** The same story at another address, declaring the article as its canonical URL. */
const COPY_HTML = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="utf-8"><link rel="canonical" href="/news/ferry-fire">');

/** windows-1252 bytes: curly quotes (0x93, 0x94), an e acute (0xe9) and a euro sign (0x80). */
export const CP1252_TEXT = 'The caf\u00e9 owner said the ferry was \u201cfull\u201d and lost \u20ac800 of stock.';
const cp1252 = (text: string): Buffer => Buffer.from([...text].map((ch) => ({ '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80 })[ch] ?? ch.charCodeAt(0)));
const legacyPage = (head: string, text: string): Buffer => Buffer.concat([
  Buffer.from(`<!doctype html><html lang="en"><head>${head}<title>Harbour traders count the cost</title></head><body><article><p>`),
  cp1252(text),
  Buffer.from(' Traders said 30 shops stayed shut for two days after the fire on the evening ferry.</p></article></body></html>'),
]);

export interface PageServer {
  url: (path: string) => string;
  port: number;
  requests: Array<{ path: string; userAgent: string | undefined }>;
  /** The most requests in progress at the same time. */
  maxInFlight: number;
  /** Bytes of the huge page actually sent before the client stopped reading. */
  hugeBytesSent: number;
  close: () => Promise<void>;
}

const HUGE_CHUNK = Buffer.alloc(64 * 1024, 'a');
const HUGE_CHUNKS = 2048; // 128 MB if nobody stopped reading: the loop is bounded either way

export async function startPageServer(): Promise<PageServer> {
  const sockets = new Set<Socket>();
  const state: PageServer = { url: () => '', port: 0, requests: [], maxInFlight: 0, hugeBytesSent: 0, close: async () => undefined };
  let inFlight = 0;
  const send = (res: ServerResponse, status: number, type: string | undefined, body: string | Buffer, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
    res.end(body);
  };
  // A delayed answer, dropped when the client gives up first (no timer outlives the test).
  const later = (res: ServerResponse, ms: number, answer: () => void): void => {
    const timer = setTimeout(answer, ms);
    res.on('close', () => clearTimeout(timer));
  };
  const redirect = (res: ServerResponse, to: string, status = 302): void => send(res, status, 'text/html', '', { location: to });
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = req.url ?? '/';
    state.requests.push({ path, userAgent: req.headers['user-agent'] });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) return Number(hops[1]) > 0 ? redirect(res, `/hops/${Number(hops[1]) - 1}`) : send(res, 200, 'text/html; charset=utf-8', ARTICLE_HTML);
    const slowly = /^\/slowly\/(\w+)$/.exec(path);
    if (slowly) return later(res, 60, () => send(res, 200, 'text/html', ARTICLE_HTML.replace('Ferry fire', `Ferry fire ${slowly[1]}`)));
    switch (path) {
      case '/news/ferry-fire': return send(res, 200, 'text/html; charset=utf-8', ARTICLE_HTML);
      case '/short': return redirect(res, '/moved', 301);
      case '/moved': return redirect(res, 'http://127.0.0.1:' + state.port + '/news/ferry-fire.html#top', 308);
      case '/news/ferry-fire.html': return send(res, 200, 'text/html', ARTICLE_HTML);
      case '/loop-a': return redirect(res, '/loop-b');
      case '/loop-b': return redirect(res, '/loop-a');
      case '/to-file': return redirect(res, 'file:///etc/passwd');
      case '/copy': return send(res, 200, 'text/html', COPY_HTML);
      case '/missing': return send(res, 404, 'text/html', '<h1>Not here</h1>');
      case '/broken': return send(res, 500, 'text/plain', 'oops');
      case '/report.pdf': return send(res, 200, 'application/pdf', '%PDF-1.7 invented');
      case '/photo': return send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
      case '/untyped': return send(res, 200, undefined, ARTICLE_HTML);
      case '/cp1252-header': return send(res, 200, 'text/html; charset=windows-1252', legacyPage('', CP1252_TEXT));
      case '/cp1252-meta': return send(res, 200, 'text/html', legacyPage('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', CP1252_TEXT.replace('\u20ac800', '800 euros')));
      case '/slow': return later(res, 3000, () => send(res, 200, 'text/html', ARTICLE_HTML));
      case '/slow-body': {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><body><p>The first words arrive');
        return later(res, 3000, () => res.end(' and the rest never in time.</p></body></html>'));
      }
      case '/huge-declared': return send(res, 200, 'text/html', Buffer.alloc(300_000, 'a'));
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' }); // no length: streamed until the client stops
        let sent = 0;
        const write = (): void => {
          while (sent < HUGE_CHUNKS && !res.destroyed) {
            sent++;
            state.hugeBytesSent += HUGE_CHUNK.length;
            if (!res.write(HUGE_CHUNK)) return void res.once('drain', write);
          }
          res.end();
        };
        res.on('close', () => { sent = HUGE_CHUNKS; });
        return write();
      }
      default: return send(res, 404, 'text/html', 'no such fixture');
    }
  };
  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.url = (path) => `http://127.0.0.1:${state.port}${path}`;
  state.close = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    server.close(() => resolve());
  });
  return state;
}
