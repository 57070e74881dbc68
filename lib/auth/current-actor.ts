// TEMPORARY: replaced by the auth helper's implementation at merge
import type { Actor } from "./actor";

export async function currentActor(): Promise<Actor | null> {
  return null;
}
