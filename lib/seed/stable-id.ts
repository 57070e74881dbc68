import { createHash } from "node:crypto";

// A fixed namespace so that seed ids never collide with UUID v5 ids other tools derive from the
// same keys. Changing it would give every seeded row a new id and break idempotency: never change it.
const SEED_NAMESPACE = "5a0b248d-9549-4274-a03a-5776b1796d5e";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll("-", ""), "hex");
}

/** A UUID v5 (RFC 9562): SHA-1 of namespace + name, with the version and variant bits set. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the seed row named by a stable key such as `program:us-genesis-mission`. The same key
 * always gives the same id, which is how the seed finds out which rows it already inserted.
 */
export function stableId(key: string): string {
  return uuidV5(SEED_NAMESPACE, key);
}

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
