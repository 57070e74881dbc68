// The floor each bench:load target is compared with: a static file of the target's own size, served
// by the same server the same way as the build's files (/_next/static/…, read from disk by Next).
//
// The build has no file of every size (the 608 KB past program page was compared with its largest,
// 229 KB), so the bench writes one floor file per target into the served static folder. Next 16
// lists .next/static once, when `next start` starts, and serves only the files listed then, each read
// from disk on every request (next/dist/server/lib/router-utils/filesystem.js). So each file is
// created (empty) before the server starts, and filled once the server has answered its target.
//
// A floor file holds the target's body byte for byte: the same size, as the issue asks, and the same
// bytes. The same bytes matter: autocannon decodes every body it receives into a JavaScript string
// (its one thread is the bench's bottleneck on this 2-core machine), and the overview's HTML (1,498
// non-ASCII bytes: "—", "…", "é") cost it 2.65 ms per answer against 1.7–2.0 ms for the all-ASCII
// built chunk of about its size, whoever served it: so the client, not the server, made the ratio.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export type StaticFile = { path: string; size: number };

export const FLOOR_DIR = ".next/static/bench-floor";

/** The address (under /_next/static/) and the file on disk of the floor for the target at `index`. */
export function floorFile(index: number, dir = FLOOR_DIR): { url: string; file: string } {
  const name = `${index}.html`;
  return { url: `/_next/static/${path.basename(dir)}/${name}`, file: path.join(dir, name) };
}

/** Before the server starts: one empty floor file per target, so that Next lists (and serves) each. */
export function prepareFloorFiles(count: number, dir = FLOOR_DIR): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) writeFileSync(floorFile(index, dir).file, "");
}

/** Once the server has answered the target: its body becomes the floor's content. */
export function fillFloorFile(index: number, body: Buffer, dir = FLOOR_DIR): StaticFile {
  const { url, file } = floorFile(index, dir);
  writeFileSync(file, body);
  return { path: url, size: body.length };
}

export function removeFloorFiles(dir = FLOOR_DIR): void {
  rmSync(dir, { recursive: true, force: true });
}
