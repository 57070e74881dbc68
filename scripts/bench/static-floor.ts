// The floor each bench:load target is compared with: a static file holding the target's answer as
// the server sends it, served by the same server the same way as the build's files
// (/_next/static/…, read from disk by Next).
//
// The build has no file of every size (the 608 KB past program page was compared with its largest,
// 229 KB), so the bench writes one floor file per target into the served static folder. Next 16
// lists .next/static once, when `next start` starts, and serves only the files listed then, each read
// from disk on every request (next/dist/server/lib/router-utils/filesystem.js). So the files are
// created (empty) before the server starts, and the one of the target's type filled once the server
// has answered its target.
//
// A floor file holds the target's body byte for byte as it travels: gzip, since the bench asks as
// every real client does (Accept-Encoding: gzip). The same bytes matter: autocannon handles every
// byte it receives on its one thread (the bench's bottleneck on this 2-core machine): the overview's
// HTML (1,498 non-ASCII bytes) cost it 2.65 ms per answer against 1.7–2.0 ms for an all-ASCII built
// chunk of about its size, whoever served it, so the client, not the server, made the ratio.
//
// Why stored compressed: Next's `compress` (on by default) gzips a static file on EVERY request
// (the `compression` middleware at level 6, chunked, by the extension's type: .html, .json and .svg
// all compressible), while the front cache compresses an answer once per ETag. A plain floor file
// would make the server gzip 90 KB per request for the floor and not for the target: a floor slowed
// by work no static file served by a CDN, nginx's gzip_static or this cache does. So the floor is
// stored already compressed and served with `Content-Encoding: gzip` (floorHeaderRules, in
// next.config.ts), which the middleware leaves alone ("already encoded"), and with its type's
// Content-Type (from the file's extension, as for every static file).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WireAnswer } from "./wire";

export type StaticFile = { path: string; size: number };

export const FLOOR_DIR = ".next/static/bench-floor";
const FLOOR_URL = "/_next/static/bench-floor";
// The floor file's extension per answer type: Next serves it with that type (next/dist/compiled/send).
const extensions: Record<string, string> = { "text/html": "html", "application/json": "json", "image/svg+xml": "svg" };

/**
 * The header Next adds to the floor files (next.config.ts): each is sent as stored, gzip, and never
 * compressed again. The folder exists only while bench:load runs.
 */
export const floorHeaderRules = [{ source: `${FLOOR_URL}/:file*`, headers: [{ key: "Content-Encoding", value: "gzip" }] }];

const typeOf = (headers: WireAnswer["headers"]) =>
  String(headers["content-type"] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();

/** The address (under /_next/static/) and the file on disk of the floor for the target at `index`, of type `ext`. */
export function floorFile(index: number, ext: string, dir = FLOOR_DIR): { url: string; file: string } {
  const name = `${index}.${ext}`;
  return { url: `${FLOOR_URL}/${name}`, file: path.join(dir, name) };
}

/** Before the server starts: one empty floor file per target and type, so that Next lists (and serves) each. */
export function prepareFloorFiles(count: number, dir = FLOOR_DIR): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++)
    for (const ext of Object.values(extensions)) writeFileSync(floorFile(index, ext, dir).file, "");
}

/**
 * Once the server has answered the target (asked with Accept-Encoding: gzip): its encoded body
 * becomes the floor of its type. An answer the floor cannot copy (not gzip, another type) is refused:
 * its floor would not be the same bytes on the wire.
 */
export function fillFloorFile(index: number, answer: WireAnswer, dir = FLOOR_DIR): StaticFile {
  const ext = extensions[typeOf(answer.headers)];
  const encoding = String(answer.headers["content-encoding"] ?? "identity");
  if (encoding !== "gzip" || !ext) {
    throw new Error(`a floor must be gzip of ${Object.keys(extensions).join(", ")}: got ${encoding}, ${typeOf(answer.headers)}`);
  }
  const { url, file } = floorFile(index, ext, dir);
  writeFileSync(file, answer.body);
  return { path: url, size: answer.body.length };
}

/** Why a floor as served differs from its target's answer on the wire (status, type, encoding, body), or null. */
export function floorMismatch(target: WireAnswer, floor: WireAnswer): string | null {
  if (floor.status !== 200) return `the floor answered ${floor.status}`;
  if (typeOf(floor.headers) !== typeOf(target.headers)) return `type ${typeOf(floor.headers)}, not ${typeOf(target.headers)}`;
  const encoding = (answer: WireAnswer) => String(answer.headers["content-encoding"] ?? "identity");
  if (encoding(floor) !== encoding(target)) return `encoding ${encoding(floor)}, not ${encoding(target)}`;
  if (!floor.body.equals(target.body)) return `${floor.body.length} bytes of body, not the target's ${target.body.length}`;
  return null;
}

export function removeFloorFiles(dir = FLOOR_DIR): void {
  rmSync(dir, { recursive: true, force: true });
}
