/**
 * The live preview's review actions: a claim's "hide", "no speaker", "speaker ...", "merge with
 * ..." and "not a disagreement" buttons (components/client/review.ts) post here, and the
 * correction is written to the event's corrections.yaml, which the preview watches: the facts
 * are extracted again and the page reloads. Nothing of this is in a built site.
 *
 * The endpoint writes files, so it answers only the preview's own pages: every request carries
 * the session's token (in the page, never in a built site), must come from the preview's own
 * origin, and is a small JSON POST. It is off when the preview is served to the network
 * (--host) unless asked for (--review).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import type { Correction } from '../contracts/corrections.ts';
import { appendCorrection } from '../corrections/appendCorrection.ts';
import { claimRefOf } from '../corrections/passageWords.ts';
import { readEventsIndex, readFacts } from '../store/generatedFolder.ts';

/** Where review requests go, at the server's root. */
export const REVIEW_PATH = '/__corroborate/review';

const MAX_BODY = 16 * 1024;

const ReviewRequestSchema = z.strictObject({
  token: z.string(),
  /** The event's id in a folder of events; none for one event. */
  event: z.string().optional(),
  claim: z.string(),
  action: z.enum(['hide', 'unattributed', 'speaker', 'merge', 'not-a-conflict']),
  /** For "speaker". */
  name: z.string().min(1).max(200).optional(),
  role: z.string().min(1).max(200).optional(),
  /** For "merge": the other claim's id. */
  with: z.string().optional(),
});
type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

/** A fresh token for one preview session. */
export function reviewToken(): string {
  return randomBytes(24).toString('hex');
}

export interface ReviewContext {
  token: string;
  sourcesDir: string;
  generatedDir: string;
  /** Whether the sources folder holds many events. */
  manyEvents: boolean;
}

/** The connect middleware of the review endpoint. */
export function reviewMiddleware(context: ReviewContext) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if ((request.url ?? '').split('?')[0] !== REVIEW_PATH) return next();
    void handle(context, request).then(
      ({ status, body }) => answer(response, status, body),
      (error: Error) => answer(response, 500, { error: error.message }),
    );
  };
}

async function handle(context: ReviewContext, request: IncomingMessage): Promise<{ status: number; body: object }> {
  if (request.method !== 'POST') return { status: 405, body: { error: 'POST only' } };
  // Only the preview's own pages: a page of another site cannot post here, whatever the browser sends.
  const origin = request.headers.origin;
  if (!origin || origin !== `http://${request.headers.host}`) return { status: 403, body: { error: 'requests from other origins are refused' } };
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return { status: 415, body: { error: 'JSON only' } };
  let parsed: ReviewRequest;
  try {
    parsed = ReviewRequestSchema.parse(JSON.parse(await readBody(request)));
  } catch (error) {
    return { status: 400, body: { error: `not a review request (${(error as Error).message.split('\n')[0]})` } };
  }
  if (!sameToken(parsed.token, context.token)) return { status: 403, body: { error: 'wrong or missing token' } };
  const { dir, generated } = eventFolders(context, parsed.event);
  const facts = readFacts(generated);
  const claimOf = (id: string) => facts.claims.find((c) => c.id === id);
  const claim = claimOf(parsed.claim);
  if (!claim) return { status: 404, body: { error: `no claim ${parsed.claim}` } };
  if ((parsed.action === 'speaker' || parsed.action === 'unattributed') && claim.kind !== 'quote') return { status: 400, body: { error: `${claim.id} is not a quote` } };
  if (parsed.action === 'not-a-conflict' && !facts.conflicts.some((c) => c.claims.includes(claim.id))) return { status: 400, body: { error: `${claim.id} is in no disagreement` } };
  const ref = claimRefOf(facts, claim);
  let correction: Correction;
  switch (parsed.action) {
    case 'hide': correction = { hide: ref }; break;
    case 'unattributed': correction = { unattributed: ref }; break;
    case 'not-a-conflict': correction = { 'not-a-conflict': ref }; break;
    case 'speaker':
      if (!parsed.name) return { status: 400, body: { error: 'a speaker needs a name' } };
      correction = { speaker: ref, name: parsed.name, ...(parsed.role ? { role: parsed.role } : {}) };
      break;
    case 'merge': {
      const other = parsed.with ? claimOf(parsed.with) : undefined;
      if (!other || other === claim) return { status: 400, body: { error: 'merge needs the id of another claim' } };
      correction = { merge: [ref, claimRefOf(facts, other)] };
      break;
    }
  }
  const line = appendCorrection(dir, correction);
  return { status: 200, body: { ok: true, file: join(dir, 'corrections.yaml'), line } };
}

/** The event's sources folder (where corrections.yaml goes) and its generated folder. */
function eventFolders(context: ReviewContext, event: string | undefined): { dir: string; generated: string } {
  if (!context.manyEvents) return { dir: context.sourcesDir, generated: context.generatedDir };
  const entry = readEventsIndex(context.generatedDir).events.find((e) => e.id === event);
  if (!entry) throw new Error(`no event ${event ?? '(none given)'}`);
  return { dir: join(context.sourcesDir, entry.folder), generated: join(context.generatedDir, entry.id) };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('the request is too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: object): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
}
