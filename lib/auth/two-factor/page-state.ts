import "server-only";
// What the second-step pages show, from the pending sign-in cookie. Read-only: a GET of these pages
// changes nothing (the secret to enrol was chosen when the password was checked).
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { authSecret } from "../secret";
import { findPendingSignIn, pendingCookieName } from "./pending-sign-in";
import { openSecret, totpKey } from "./secret-box";
import { groupedSecret, otpauthQrSvg, otpauthUri } from "./totp";

export type EnrolView = { secret: string; groupedSecret: string; email: string; qrSvg: string };
export type PendingView = { step: "code" } | ({ step: "enrol" } & EnrolView) | null;

export async function pendingView(): Promise<PendingView> {
  const token = (await cookies()).get(pendingCookieName)?.value;
  const pending = await findPendingSignIn(prisma(), token);
  if (!pending) return null;
  if (!pending.enrolSecret) return { step: "code" };
  const secret = openSecret(totpKey(authSecret(env())), pending.enrolSecret, pending.userId);
  const user = await prisma().user.findUnique({ where: { id: pending.userId }, select: { email: true } });
  if (!secret || !user) return null;
  return {
    step: "enrol",
    secret,
    groupedSecret: groupedSecret(secret),
    email: user.email,
    qrSvg: otpauthQrSvg(otpauthUri(secret, user.email)),
  };
}
