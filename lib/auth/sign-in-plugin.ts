// The only way in. POST /api/auth/sign-in/password (a plain HTML form or JSON) checks the password
// and starts a pending sign-in, never a session; POST /sign-in/code or /sign-in/enrol completes it
// (second-factor-endpoints.ts). Better Auth's own password endpoints are not routed at all (see
// `routedPaths`), so every sign-in passes the lockout, the equal-time checks and the second factor.
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint, formCsrfMiddleware } from "better-auth/api";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import { attemptSignIn } from "./attempt-sign-in";
import { codePage, enrolPage, isFormPost, isRoutedAuthPath, signInPage, signInPath } from "./paths";
import { signInFailedMessage, type LockoutPolicy } from "./policy";
import { secondFactorEndpoints } from "./second-factor-endpoints";
import { setPendingCookie } from "./two-factor/pending-cookie";
import { createPendingSignIn } from "./two-factor/pending-sign-in";
import { sealSecret, type SecretKey } from "./two-factor/secret-box";
import { newTotpSecret, otpauthUri } from "./two-factor/totp";

export { afterSignIn, isFormPost, signInPage, signInPath } from "./paths";

const credentials = z.object({ email: z.string().max(1000), password: z.string().max(10_000) });

/** After the right password: a pending sign-in, with a new secret to enrol when the user has none yet. */
async function startPendingSignIn(db: PrismaClient, key: SecretKey, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, twoFactorEnabled: true, twoFactors: { select: { id: true } } },
  });
  const enrolled = user.twoFactorEnabled && user.twoFactors.length > 0;
  const secret = enrolled ? null : newTotpSecret();
  const token = await createPendingSignIn(db, userId, secret ? sealSecret(key, secret, userId) : null);
  return { token, secret, email: user.email };
}

export function signInPlugin(db: PrismaClient, lockout: LockoutPolicy, key: SecretKey) {
  return {
    id: "atlas-sign-in",
    async onRequest(request, ctx) {
      // lib/auth/handle-request.ts answers these before Better Auth (and its limiter) sees them;
      // this covers any other caller of the handler.
      if (!isRoutedAuthPath(request.url, new URL(ctx.baseURL).pathname)) return { response: new Response("Not Found", { status: 404 }) };
    },
    endpoints: {
      signInPassword: createAuthEndpoint(
        signInPath,
        {
          method: "POST",
          body: credentials,
          use: [formCsrfMiddleware],
          metadata: { allowedMediaTypes: ["application/x-www-form-urlencoded", "application/json"] },
        },
        async (ctx) => {
          const form = isFormPost(ctx.request);
          const outcome = await attemptSignIn(db, ctx.body, lockout);
          if (!outcome.ok) {
            if (form) throw ctx.redirect(`${signInPage}?error=signin`);
            throw new APIError("UNAUTHORIZED", { code: "SIGN_IN_FAILED", message: signInFailedMessage });
          }
          const pending = await startPendingSignIn(db, key, outcome.userId);
          setPendingCookie(ctx, pending.token);
          if (form) throw ctx.redirect(pending.secret ? enrolPage : codePage);
          // JSON callers get what the enrolment page would show them.
          if (pending.secret)
            return ctx.json({ secondFactor: "enrol", totpSecret: pending.secret, otpauthUri: otpauthUri(pending.secret, pending.email) });
          return ctx.json({ secondFactor: "totp" });
        },
      ),
      ...secondFactorEndpoints(db, key, lockout),
    },
  } satisfies BetterAuthPlugin;
}
