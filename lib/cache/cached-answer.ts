import "server-only";
// Every public answer that is not a page (API data, chart images, embeds) goes through cachedAnswer:
// the first request for an address renders it, later ones get the stored bytes until the next
// publication (lib/cache/answer-cache.ts). Only a 200 is stored: errors, 404s and 503s render each
// time. What a stored answer depends on is all in its key: the path, the query (sorted, so the
// same options in another order share an entry) and the site origin its links are built on.
//
// A live view (no asOf, or asOf today or later) is kept at most an hour, because overdue and
// upcoming milestones depend on today's date; a past view (asOf before today) shows what was known
// that day, and is kept until the next publication.
import { createHash } from "node:crypto";
import { etagMatches, PUBLIC_CACHE, weakEtagOf } from "@/lib/cache/http-cache";
import { siteOrigin } from "@/lib/security/site-origin";
import { answerStore, type AnswerStore, type StoredAnswer } from "./answer-cache";
import { isPastView as isPastAddress, sortedQuery } from "./http-rules.mjs";

const LIVE_VIEW_MS = 3600 * 1000;

export function answerKey(request: Request): string {
  const url = new URL(request.url);
  const identity = JSON.stringify([url.pathname, sortedQuery(url.searchParams), siteOrigin()]);
  return createHash("sha256").update(identity).digest("base64url");
}

/** asOf before today (UTC): what was known that day, which only an edit changes. */
export const isPastView = (request: Request, now: Date = new Date()): boolean => isPastAddress(request.url, now);

// The same address asked for by many readers at once is rendered once per process.
const inFlight = new Map<string, Promise<StoredAnswer | Response>>();

async function render(
  request: Request,
  publication: string,
  produce: (request: Request) => Promise<Response>,
): Promise<StoredAnswer | Response> {
  // The renderer must not answer 304 itself: what is stored is the full answer.
  const headers = new Headers(request.headers);
  headers.delete("if-none-match");
  const response = await produce(new Request(request.url, { method: "GET", headers }));
  if (response.status !== 200) return response;
  const body = Buffer.from(await response.arrayBuffer());
  // Header names come lower-case from Headers; the answer sets its own caching headers.
  const { etag = weakEtagOf(body), "cache-control": _, ...stored } = Object.fromEntries(response.headers);
  return {
    status: 200,
    headers: stored,
    etag,
    body,
    publication,
    expiresAt: isPastView(request) ? null : Date.now() + LIVE_VIEW_MS,
  };
}

function answer(request: Request, entry: StoredAnswer): Response {
  const headers = { ...entry.headers, "cache-control": PUBLIC_CACHE, etag: entry.etag };
  if (etagMatches(request.headers.get("if-none-match"), entry.etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(entry.body), { status: 200, headers });
}

export async function cachedAnswer(
  request: Request,
  produce: (request: Request) => Promise<Response>,
  store: AnswerStore = answerStore(),
): Promise<Response> {
  const key = answerKey(request);
  const { entry, publication } = await store.read(key);
  if (entry) return answer(request, entry);
  const flightKey = `${publication}:${key}`;
  const joined = inFlight.get(flightKey);
  const pending =
    joined ??
    render(request, publication, produce).then(async (result) => {
      if (!(result instanceof Response)) await store.write(key, result);
      return result;
    });
  if (!joined) {
    inFlight.set(flightKey, pending);
    void pending.finally(() => inFlight.delete(flightKey)).catch(() => {});
  }
  const result = await pending;
  // An answer that is not stored (an error, a 404) has one body: a caller that joined renders its own.
  if (result instanceof Response) return joined ? produce(request) : result;
  return answer(request, result);
}
