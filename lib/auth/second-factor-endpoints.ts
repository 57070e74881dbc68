// The second step of sign-in, as Better Auth endpoints (so the session is made by Better Auth as
// before): POST /api/auth/sign-in/code (a form or JSON) and POST /api/auth/sign-in/enrol (JSON, and
// the enrolment page's server action through auth.api). Neither is reachable without the pending
// sign-in cookie that only a right password sets.
import { APIError, createAuthEndpoint, formCsrfMiddleware } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import { afterSignIn, codePage, codePath, enrolPage, enrolPath, isFormPost, signInPage } from "./paths";
import type { LockoutPolicy } from "./policy";
import { codeFailedMessage, signInExpiredMessage } from "./two-factor/messages";
import { completeEnrolment } from "./two-factor/enrol";
import { clearPendingCookie, pendingToken } from "./two-factor/pending-cookie";
import type { SecretKey } from "./two-factor/secret-box";
import { verifySecondFactor } from "./two-factor/verify-code";

const codeBody = z.object({ code: z.string().max(1000) });

type Ctx = Parameters<typeof setSessionCookie>[0];

async function startSession(ctx: Ctx, userId: string): Promise<void> {
  const user = await ctx.context.internalAdapter.findUserById(userId);
  const session = user ? await ctx.context.internalAdapter.createSession(user.id) : null;
  if (!user || !session) throw new APIError("INTERNAL_SERVER_ERROR", { message: "Could not start a session." });
  await setSessionCookie(ctx, { session, user });
}

function refuse(ctx: Ctx, reason: "expired" | "code", formTarget: string): never {
  if (reason === "expired") clearPendingCookie(ctx);
  if (isFormPost(ctx.request)) throw ctx.redirect(reason === "expired" ? `${signInPage}?error=expired` : `${formTarget}?error=code`);
  const [code, message] = reason === "expired" ? ["SIGN_IN_EXPIRED", signInExpiredMessage] : ["CODE_FAILED", codeFailedMessage];
  throw new APIError("UNAUTHORIZED", { code, message });
}

export function secondFactorEndpoints(db: PrismaClient, key: SecretKey, lockout: LockoutPolicy) {
  return {
    signInCode: createAuthEndpoint(
      codePath,
      {
        method: "POST",
        body: codeBody,
        use: [formCsrfMiddleware],
        metadata: { allowedMediaTypes: ["application/x-www-form-urlencoded", "application/json"] },
      },
      async (ctx) => {
        const outcome = await verifySecondFactor(db, key, pendingToken(ctx), ctx.body.code, lockout);
        if (!outcome.ok) refuse(ctx, outcome.reason, codePage);
        clearPendingCookie(ctx);
        await startSession(ctx, outcome.userId);
        if (isFormPost(ctx.request)) throw ctx.redirect(afterSignIn);
        return ctx.json({ ok: true, method: outcome.value });
      },
    ),
    signInEnrol: createAuthEndpoint(
      enrolPath,
      { method: "POST", body: codeBody, use: [formCsrfMiddleware], metadata: { allowedMediaTypes: ["application/json"] } },
      async (ctx) => {
        const outcome = await completeEnrolment(db, key, pendingToken(ctx), ctx.body.code, lockout);
        if (!outcome.ok) refuse(ctx, outcome.reason, enrolPage);
        clearPendingCookie(ctx);
        await startSession(ctx, outcome.userId);
        return ctx.json({ ok: true, recoveryCodes: outcome.value });
      },
    ),
  };
}
