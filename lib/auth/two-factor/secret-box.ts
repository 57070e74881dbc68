// TOTP secrets at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the auth secret, so a
// copy of the database alone (a backup, a read replica, a SQL injection) yields no usable secret.
// The user id is the associated data: a ciphertext moved to another user's row does not decrypt.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export type SecretKey = Buffer;

const version = "v1";

/** The encryption key for TOTP secrets, derived from the app's auth secret (one secret to keep). */
export function totpKey(authSecret: string): SecretKey {
  return Buffer.from(hkdfSync("sha256", authSecret, "compute-atlas", "totp-secret v1", 32));
}

export function sealSecret(key: SecretKey, plaintext: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${version}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

/** The plaintext, or null when the box is malformed, tampered with, or sealed for another user or key. */
export function openSecret(key: SecretKey, sealed: string, userId: string): string | null {
  const [v, iv, body] = sealed.split(".");
  if (v !== version || !iv || !body) return null;
  try {
    const bytes = Buffer.from(body, "base64url");
    if (bytes.length < 17) return null;
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
