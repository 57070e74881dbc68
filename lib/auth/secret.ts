// The key that signs session cookies. A fresh clone has none configured, and `npm run dev` must
// still work, so one is generated once and kept beside the embedded database (ATLAS_DATA_DIR),
// readable by its owner only. Deleting the file signs everybody out; nothing else depends on it.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";

export const secretFileName = "auth-secret";

export function authSecret(env: Pick<Env, "ATLAS_AUTH_SECRET" | "ATLAS_DATA_DIR">): string {
  if (env.ATLAS_AUTH_SECRET) return env.ATLAS_AUTH_SECRET;
  const file = path.resolve(env.ATLAS_DATA_DIR, secretFileName);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then linked into place: link() fails if the file exists, so of two processes
  // starting at once one wins and the other reads the winner's complete file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret: delete it to generate a new one.`);
  return secret;
}
