// The front cache: every public page and embed, for any options (past views included), is answered
// from stored bytes BEFORE Next routes the request; Next renders only a miss. It wraps the HTTP
// server's "request" event (scripts/front-cache-hook.mjs preloads it into `next start`).
//
// Why here and not in Next: a route handler or an ISR page still pays Next's routing and rendering
// machinery on every hit, which kept a cached page at a fraction of a static file's throughput; a
// stored answer sent straight from the socket's event costs a store read and one write. And it
// stores exactly what Next sent (status, every header the config adds, the body), so a hit is
// byte-for-byte the miss that filled it, security headers included.
//
// What is stored where: the app's answer store (lib/cache/answer-cache.ts, on globalThis, created
// at start by instrumentation.ts): an LRU bounded by size in memory, or Redis (REDIS_URL) shared by
// every instance, with the publication counter and its steps. So a publication drops, on every
// instance at its next request, every live answer and every past view of a day it can affect (see
// storedPastDay). This is the server's only cache of public answers: without the preload (`next dev`,
// plain `next start`) every request renders.
//
// What may be stored (one rule each, all required):
//   - the address is one of the public pages or embeds (publicPages below): never the editors' area;
//   - a GET without cookies or credentials (an editor's request is rendered for the editor);
//   - Next answered 200, set no cookie, said "public" in Cache-Control, and varies on nothing but the
//     router headers below, which are part of the key, so a client navigation (RSC: 1) gets the RSC
//     payload for its own router state, never the HTML or another client's payload.
// A live view is kept at most an hour (overdue and upcoming milestones move with the date); a past
// view (asOf before today) until a publication affects its day.
// Plain JavaScript: it runs in the server process before anything is compiled.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import { etagMatches, pastViewDay, sortedQuery, weakEtagOf } from "./http-rules.mjs";
import { pastViewsReadingLive, publicPageKeys, publicRouteKeys } from "./public-pages.mjs";

const asPattern = (route) => new RegExp(`^${route.replace(/:\w+/g, "[^/]+")}$`);
const withKeys = (routes, kind) =>
  Object.entries(routes).map(([route, keys]) => ({ pattern: asPattern(route), keys: new Set(keys), kind }));
// Pages and embeds ("page"); the public API and oEmbed ("counted": a hit is served only once the
// client's request is counted by the API's rate limit).
const frontRoutes = [...withKeys({ ...publicPageKeys, ...publicRouteKeys.embeds }, "page"), ...withKeys(publicRouteKeys.api, "counted")];
const readsLive = pastViewsReadingLive.map(asPattern);
// Next's own cache-busting key on a client navigation (the router headers, which are in the key, decide it).
const nextKeys = new Set(["_rsc"]);
/** Request headers Next's answer varies on (its Vary header): each is part of the key. */
export const routerHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
const varyAllowed = new Set([...routerHeaders, "accept-encoding"]);
const LIVE_VIEW_MS = 3600 * 1000;
// A store that stalls (Redis overloaded or paused, not refusing) must not hang every page: past this,
// the request is Next's, as on a miss, and nothing is stored.
const READ_TIMEOUT_MS = 150;
// Sent by us, per response, or recomputed: never stored.
const unstoredHeaders = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);

function readBuildId() {
  try {
    return readFileSync(".next/BUILD_ID", "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * Whether a request may be answered from (and fill) the front cache: "page" (pages and embeds),
 * "counted" (the API: each hit is counted by its rate limit first), or null (Next answers it).
 */
export function frontCacheRoute(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return null;
  if (headers.cookie || headers.authorization) return null;
  // URL() would read "//x/programs", "/\\programs" or "http://x/programs" as a public page: Next may not.
  if (!url.startsWith("/") || url.startsWith("//") || url.includes("\\")) return null;
  const { pathname, searchParams } = new URL(url, "http://front.cache");
  const route = frontRoutes.find(({ pattern }) => pattern.test(pathname));
  if (!route) return null;
  // A key the page does not read (?x=<random>) would store a new entry per value: Next answers it.
  for (const key of searchParams.keys()) if (!route.keys.has(key) && !nextKeys.has(key)) return null;
  return route.kind;
}

/**
 * The key: build, site origin (ATLAS_BASE_URL: share snippets and oEmbed links carry it), path,
 * sorted query, router headers, and the kind of bot Next sees in the User-Agent
 * (it sends an HTML-limited bot the metadata in <head> instead of streaming it, without a Vary on
 * User-Agent). A new build never reads an old build's pages.
 */
export function frontKey(url, headers, buildId, origin) {
  const { pathname, searchParams } = new URL(url, "http://front.cache");
  const bot = getBotType(String(headers["user-agent"] ?? "")) ?? "";
  const identity = JSON.stringify([
    buildId,
    origin,
    pathname,
    sortedQuery(searchParams),
    routerHeaders.map((name) => headers[name] ?? ""),
    bot,
  ]);
  return `front:${createHash("sha256").update(identity).digest("base64url")}`;
}

/**
 * The day a past view shows, when only a publication affecting that day can change its answer (the
 * answer store keeps it through publications of later days); null for a live view, or a past one
 * that also reads the live view (a pinned embed), which every publication drops.
 */
export function storedPastDay(url, now = new Date()) {
  const day = pastViewDay(url, now);
  if (day === null) return null;
  const { pathname } = new URL(url, "http://front.cache");
  return readsLive.some((pattern) => pattern.test(pathname)) ? null : day;
}

/** What Next sent, as a stored answer, or null when it must not be stored. */
export function storableAnswer(status, headers, body, publication, url, now = Date.now()) {
  if (status !== 200 || publication === "" || headers["set-cookie"] !== undefined) return null;
  if (!/(^|,)\s*public\b/.test(String(headers["cache-control"] ?? ""))) return null;
  const vary = String(headers.vary ?? "")
    .toLowerCase()
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (!vary.every((name) => varyAllowed.has(name))) return null;
  const stored = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!unstoredHeaders.has(name) && value !== undefined) stored[name] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  const etag = headers.etag ? String(headers.etag) : weakEtagOf(body);
  const asOf = storedPastDay(url, new Date(now));
  // Whatever reads the live view (a pinned embed too: "newer figures exist", statuses as of today)
  // expires with the live view's hour; a past view of its own day only at a publication of that day.
  return { status, headers: stored, etag, body, publication, asOf, expiresAt: asOf === null ? now + LIVE_VIEW_MS : null };
}

// Compressed once per stored body (by its ETag) in this process, not on every hit.
const gzipped = new LRUCache({ maxSize: 32 * 1024 * 1024, sizeCalculation: (body) => body.length + 64 });
const compressible = /^(text\/|application\/(json|javascript)|image\/svg)/;

/**
 * Sends a stored answer: the same headers whether it was just rendered or stored long ago, with
 * its ETag (a 304 when the client holds it) and gzip when the client takes it.
 */
export function sendStored(response, entry, outcome, { method, ifNoneMatch, acceptEncoding }) {
  const headers = { ...entry.headers, etag: entry.etag, "x-atlas-cache": outcome };
  const vary = headers.vary ? headers.vary.split(",").map((name) => name.trim()) : [];
  if (!vary.some((name) => name.toLowerCase() === "accept-encoding")) headers.vary = [...vary, "Accept-Encoding"].join(", ");
  if (etagMatches(ifNoneMatch, entry.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  let body = entry.body;
  if (/\bgzip\b/.test(acceptEncoding ?? "") && body.length > 1024 && compressible.test(headers["content-type"] ?? "")) {
    body = gzipped.get(entry.etag) ?? gzipSync(body);
    gzipped.set(entry.etag, body);
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = String(body.length);
  response.writeHead(entry.status, headers);
  if (method === "HEAD") return response.end();
  sendInSlices(response, body);
}

const SLICE_BYTES = 64 * 1024;
// A large body goes out a slice at a time, each once the socket took the last, as Next streams a
// static file: one end() of 600 KB to 100 clients at once cut a client's throughput to a third.
// Written by hand, not with stream.pipeline: pipeline adds its own close listeners to a response
// that already carries Next's, past Node's warning limit of 10. A client gone never drains; the
// response and its one pending listener are then dropped together.
function sendInSlices(response, body, from = 0) {
  for (let start = from; start < body.length; start += SLICE_BYTES) {
    const end = start + SLICE_BYTES;
    if (end >= body.length) return response.end(body.subarray(start));
    if (!response.write(body.subarray(start, end))) return response.once("drain", () => sendInSlices(response, body, end));
  }
  response.end();
}

/**
 * Holds everything Next writes to `response` until it ends, then calls `done(status, headers,
 * body)` with the headers still unsent, so the caller sends the answer itself.
 */
function captureResponse(response, done) {
  const chunks = [];
  const push = (chunk, encoding) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  };
  response.writeHead = function writeHead(status, reason, headers) {
    const given = typeof reason === "string" ? headers : reason;
    response.statusCode = status;
    if (Array.isArray(given)) for (const [name, value] of given) response.setHeader(name, value);
    else if (given) for (const [name, value] of Object.entries(given)) response.setHeader(name, value);
    return response;
  };
  // Next flushes the headers before its first chunk; they are sent with the whole answer instead.
  response.flushHeaders = () => {};
  response.write = (chunk, encoding, callback) => {
    push(chunk, encoding);
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  };
  response.end = (chunk, encoding, callback) => {
    push(chunk, encoding);
    const finished = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    if (finished) response.once("finish", finished);
    done(response.statusCode, response.getHeaders(), Buffer.concat(chunks));
    return response;
  };
}

/** The promise's value, or null when it takes longer than `ms`. */
function withinTime(promise, ms) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, ms, null)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let lastLogged = 0;
function logFault(error) {
  if (Date.now() - lastLogged < 10_000) return;
  lastLogged = Date.now();
  console.error("Front cache failed (answering uncached):", error instanceof Error ? error.message : error);
}

/**
 * Wraps a server's `emit` so that cacheable requests are answered from `app()`: what the app hands
 * over when it starts (instrumentation.ts), its answer store and the API's rate limit (`admit`: null
 * when the client may have one more answer, else the API's 429 refusal to send), or undefined until
 * then: all passes through.
 */
export function frontCacheEmit(emit, { app, enabled = () => true, buildId = readBuildId() }) {
  // A key rendered once per process at a time: the other requests for it wait for that answer.
  const inFlight = new Map();

  async function serve(request, response, { store: answers, admit, origin }, counted, passThrough) {
    const { method, url = "/", headers } = request;
    // A render may end after midnight: whether asOf is past is decided by the day the request came.
    const arrived = Date.now();
    const key = frontKey(url, headers, buildId, origin);
    const client = { method, ifNoneMatch: headers["if-none-match"], acceptEncoding: headers["accept-encoding"] };
    const read = await withinTime(answers.read(key, storedPastDay(url, new Date(arrived))), READ_TIMEOUT_MS);
    if (!read) return passThrough();
    const { entry, publication } = read;
    const flightKey = `${publication}:${key}`;
    const pending = entry ? undefined : inFlight.get(flightKey);
    // Counted here when answered from here: a hit, or a join of a render under way (a request that
    // renders is counted by the API itself). A refusal is sent from here, as the API sends it: handing
    // the request to the API would count it a second time.
    const refusal = counted && (entry || pending) ? await admit(headers) : null;
    if (refusal) {
      response.writeHead(refusal.status, refusal.headers);
      return response.end(method === "HEAD" ? undefined : refusal.body);
    }
    if (entry) return sendStored(response, entry, "HIT", client);
    if (pending) {
      // The render it joined was not storable (an error, a 400): Next answers this request too (an API
      // request, already counted, is then counted twice: only for errors asked for at the same instant).
      const joined = await pending;
      return joined ? sendStored(response, joined, "HIT", client) : passThrough();
    }
    if (method !== "GET") return passThrough();
    let settle;
    const flight = new Promise((resolve) => (settle = resolve));
    inFlight.set(flightKey, flight);
    const land = () => inFlight.get(flightKey) === flight && inFlight.delete(flightKey);
    let captured = false;
    // A client gone before Next answered: the flight ends with nothing stored.
    response.once("close", () => {
      if (captured) return;
      settle(null);
      land();
    });
    // What is stored is the full, uncompressed answer: Next must not answer 304 or compress it.
    delete headers["if-none-match"];
    delete headers["accept-encoding"];
    captureResponse(response, (status, sent, body) => {
      captured = true;
      const stored = storableAnswer(status, sent, body, publication, url, arrived);
      settle(stored);
      if (!stored) land();
      // From here on the response is ours to send, with the server's own methods.
      // (write too: sendStored writes a large body in slices)
      const { writeHead, write, end } = http.ServerResponse.prototype;
      Object.assign(response, { writeHead, write, end });
      if (!stored) return response.end(body);
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      // Stored before it is sent (waiting at most READ_TIMEOUT_MS): the reader's next request, on any
      // instance, must find it. Requests that arrive until the store holds it join this flight instead of
      // rendering again; so do those whose read (a miss) came back with the write's reply and still wait
      // their turn (setImmediate).
      withinTime(answers.write(key, stored).catch(logFault), READ_TIMEOUT_MS)
        .then(() => sendStored(response, stored, "MISS", client))
        .finally(() => setImmediate(land));
    });
    return passThrough();
  }

  return function emitThroughFrontCache(event, request, response, ...rest) {
    const handed = event === "request" && enabled() ? app() : undefined;
    const route = handed ? frontCacheRoute(request.method, request.url ?? "/", request.headers) : null;
    if (!route) return emit.call(this, event, request, response, ...rest);
    let handedOver = false;
    const passThrough = () => {
      handedOver = true;
      emit.call(this, event, request, response, ...rest);
    };
    serve(request, response, handed, route === "counted", passThrough).catch((error) => {
      logFault(error);
      if (!handedOver && !response.headersSent) passThrough();
    });
    return true;
  };
}
