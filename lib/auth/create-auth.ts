// Better Auth, configured for this app: email + password and a TOTP second factor (our own
// sign-in endpoints, with the lockout), no sign-up, argon2id, database sessions through Prisma, short lifetimes, __Host-
// cookies, and a per-IP limit counted in the database. Built by a factory so tests can make one
// over their own database with a short lock period.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "@/lib/prisma-client";
import { clientAddressHeader } from "@/lib/security/client-address";
import { hashPassword, verifyPassword } from "./password";
import { defaultLockout, passwordLength, sessionLifetime, signInRateWindowSeconds, type LockoutPolicy } from "./policy";
import { authBasePath, codePath, enrolPath, signInPath } from "./paths";
import { signInPlugin } from "./sign-in-plugin";
import { totpKey } from "./two-factor/secret-box";

export type AuthConfig = {
  prisma: PrismaClient;
  secret: string;
  /** The app's public address, e.g. https://atlas.example.org or http://localhost:3000. */
  baseURL: string;
  /** More origins whose form posts are accepted (e.g. http://127.0.0.1:3000 beside localhost). */
  trustedOrigins?: string[];
  lockout?: LockoutPolicy;
  /** Sign-in posts per client address per minute. */
  signInLimit?: number;
};

export function createAuth(config: AuthConfig) {
  return betterAuth({
    appName: "Compute Atlas",
    secret: config.secret,
    baseURL: config.baseURL,
    basePath: authBasePath,
    trustedOrigins: config.trustedOrigins ?? [],
    database: prismaAdapter(config.prisma, { provider: "postgresql" }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    user: {
      // Read with the session; never writable through Better Auth (input: false).
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "editor", input: false },
        banned: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: sessionLifetime.expiresIn,
      updateAge: sessionLifetime.updateAge,
      freshAge: 15 * 60,
      // Every request reads the session row, so disabling a user or signing out takes effect at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // The code steps share the sign-in limit: each address gets as many code posts as password posts.
      // Reading the session is not limited: counted in the database, every read would be a write
      // (no GET may change data), and a random 256-bit token leaves nothing to guess.
      customRules: {
        ...Object.fromEntries(
          [signInPath, codePath, enrolPath].map((path) => [path, { window: signInRateWindowSeconds, max: config.signInLimit ?? 10 }]),
        ),
        "/get-session": false,
      },
    },
    advanced: {
      // "__Host-": Secure, Path=/, no Domain (ASVS 3.3.3). Better Auth would prefix "__Secure-"
      // itself when useSecureCookies is on, so it is off and the attributes below say Secure.
      // Browsers accept Secure cookies from http://localhost and http://127.0.0.1, so development
      // and the end-to-end tests run as in production; any other host needs HTTPS.
      useSecureCookies: false,
      cookiePrefix: "__Host-atlas",
      defaultCookieAttributes: { secure: true, httpOnly: true, sameSite: "strict", path: "/" },
      // Set by lib/auth/handle-request.ts from the socket and ATLAS_TRUSTED_PROXIES, never by a client.
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
      // Better Auth skips origin checks when NODE_ENV is "test"; the tests must see production's.
      disableOriginCheck: false,
    },
    plugins: [signInPlugin(config.prisma, config.lockout ?? defaultLockout, totpKey(config.secret)), nextCookies()],
  });
}

export type AtlasAuth = ReturnType<typeof createAuth>;
