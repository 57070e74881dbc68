import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { createAuth, type AtlasAuth } from "./create-auth";
import { authSecret } from "./secret";

const globalForAuth = globalThis as typeof globalThis & { atlasAuth?: AtlasAuth };

/** The app's Better Auth instance, built on first use (never at build time: it needs the database). */
export function auth(): AtlasAuth {
  if (globalForAuth.atlasAuth) return globalForAuth.atlasAuth;
  const settings = env();
  const local = [`http://localhost:${settings.PORT}`, `http://127.0.0.1:${settings.PORT}`];
  globalForAuth.atlasAuth = createAuth({
    prisma: prisma(),
    secret: authSecret(settings),
    baseURL: settings.ATLAS_BASE_URL ?? local[0]!,
    // Unconfigured, the app is reached on this machine under either loopback name.
    trustedOrigins: settings.ATLAS_BASE_URL ? [] : local,
    signInLimit: settings.ATLAS_SIGN_IN_LIMIT,
  });
  return globalForAuth.atlasAuth;
}
