// One-time set-password links (invitations and resets). No mail can be sent, so the admin hands
// the link over. The database keeps only the SHA-256 of the token: a leaked table opens nothing.
import { createHash, randomBytes } from "node:crypto";
import { passwordLinkSeconds } from "../policy";
import type { Db } from "@/lib/core/types";

const prefix = "set-password:";

function identifierOf(token: string): string {
  return `${prefix}${createHash("sha256").update(token).digest("base64url")}`;
}

export function passwordLinkPath(token: string): string {
  return `/set-password/${token}`;
}

/** A new link for the user; earlier unused links of that user stop working. */
export async function issuePasswordLink(db: Db, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + passwordLinkSeconds * 1000);
  await db.verification.deleteMany({ where: { value: userId, identifier: { startsWith: prefix } } });
  await db.verification.create({
    data: { id: randomBytes(16).toString("hex"), identifier: identifierOf(token), value: userId, expiresAt },
  });
  return { token, expiresAt };
}

export type PasswordLink = { verificationId: string; userId: string; email: string; name: string };

/** The unexpired link for this token, with whom it is for; null for anything else. */
export async function findPasswordLink(db: Db, token: string): Promise<PasswordLink | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await db.verification.findFirst({ where: { identifier: identifierOf(token), expiresAt: { gt: new Date() } } });
  if (!link) return null;
  const user = await db.user.findUnique({ where: { id: link.value }, select: { id: true, email: true, name: true, banned: true } });
  if (!user || user.banned) return null;
  return { verificationId: link.id, userId: user.id, email: user.email, name: user.name };
}
