// The only way in: POST /api/auth/sign-in/password (a plain HTML form or JSON). Better Auth's own
// password endpoints are not routed at all (see `routedPaths`), so every sign-in passes the
// lockout and the equal-time checks in attemptSignIn.
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint, formCsrfMiddleware } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";
import type { PrismaClient } from "@/lib/prisma-client";
import { attemptSignIn } from "./attempt-sign-in";
import { signInFailedMessage, type LockoutPolicy } from "./policy";

export const signInPath = "/sign-in/password";
export const afterSignIn = "/admin";
export const signInPage = "/sign-in";

// Everything else Better Auth would serve (sign-up, password reset and change, email change,
// account deletion, social sign-in…) answers 404: fewer doors, and none that skips the lockout.
const routedPaths = new Set(["/get-session", signInPath, "/sign-out", "/ok"]);

const credentials = z.object({ email: z.string().max(1000), password: z.string().max(10_000) });

// Exact match after the base path: "//sign-in/password" or "/sign-in/password/" is not routed,
// so no spelling of a path can reach an endpoint under a different rate-limit key.
function routedPath(url: string, basePath: string): string {
  const pathname = new URL(url).pathname;
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
}

export function isFormPost(request: Request | undefined): boolean {
  const type = request?.headers.get("content-type") ?? "";
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

export function signInPlugin(db: PrismaClient, lockout: LockoutPolicy) {
  return {
    id: "atlas-sign-in",
    async onRequest(request, ctx) {
      if (!routedPaths.has(routedPath(request.url, new URL(ctx.baseURL).pathname))) return { response: new Response("Not Found", { status: 404 }) };
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
          const user = outcome.ok ? await ctx.context.internalAdapter.findUserById(outcome.userId) : null;
          if (!user) {
            if (form) throw ctx.redirect(`${signInPage}?error=signin`);
            throw new APIError("UNAUTHORIZED", { code: "SIGN_IN_FAILED", message: signInFailedMessage });
          }
          const session = await ctx.context.internalAdapter.createSession(user.id);
          if (!session) throw new APIError("INTERNAL_SERVER_ERROR", { message: "Could not start a session." });
          await setSessionCookie(ctx, { session, user });
          if (form) throw ctx.redirect(afterSignIn);
          return ctx.json({ ok: true });
        },
      ),
    },
  } satisfies BetterAuthPlugin;
}
