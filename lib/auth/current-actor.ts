// TEMPORARY: replaced by the auth helper's implementation at merge
import "server-only";
import type { Actor } from "./actor";

/** The signed-in editor or admin from the session cookie, or null. */
export async function currentActor(): Promise<Actor | null> {
  return null;
}
