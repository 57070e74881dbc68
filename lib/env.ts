// The only reader of process.env: every setting is parsed here, once, with one clear message.
import { z } from "zod";
import { parseTrustedProxies } from "./security/client-address";

/** A URL with a host and one of these schemes ("redis:"); anything else gets `message`. */
function serverUrl(protocols: readonly string[], message: string) {
  return z
    .string()
    .trim()
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.hostname !== "";
    }, message);
}

const postgresUrl = serverUrl(["postgresql:", "postgres:"], "DATABASE_URL must look like postgresql://user:password@host:5432/database");

const envSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ATLAS_DATA_DIR: z.string().min(1).default(".data"),
  // Signs session cookies. Unset → generated once and kept in ATLAS_DATA_DIR (lib/auth/secret.ts).
  ATLAS_AUTH_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(32, "ATLAS_AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  // The address people use to reach the app; sign-in accepts form posts from this origin only.
  ATLAS_BASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "ATLAS_BASE_URL must be an http(s) URL such as https://atlas.example.org" }).optional(),
  ),
  // Sign-in posts allowed per client address per minute (the per-account lockout is separate).
  ATLAS_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  // Proxies in front of the app, as a hop count or their addresses (lib/security/client-address.ts).
  ATLAS_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  // Public API (/api/v1) requests allowed per client address per minute (lib/api/rate-limit.ts).
  ATLAS_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(300),
  // Read by Next itself, not by us: the key that encrypts server actions' closed-over values and
  // derives their IDs. Unset, each build makes its own, so several instances behind a load
  // balancer must share one (base64 of 16, 24 or 32 bytes: openssl rand -base64 32). Checked here
  // so a bad key fails at start with a clear message rather than as failing actions.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .refine(
        (v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && [16, 24, 32].includes(Buffer.from(v, "base64").length),
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes (try: openssl rand -base64 32)",
      )
      .optional(),
  ),
  // Shared cache and API rate limit for several instances (lib/cache/redis.ts). Unset → this process's memory.
  // cache-handler.mjs (loaded by Next outside the app's bundles) reads the same variable.
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    serverUrl(["redis:", "rediss:"], "REDIS_URL must look like redis://[:password@]host:6379[/db] (rediss:// for TLS)").optional(),
  ),
  // Only `npm run user:create` reads it: the new account's password, never a command-line argument.
  ATLAS_USER_PASSWORD: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new EnvError(issue ? `${issue.path.join(".")}: ${issue.message}` : "Invalid environment.");
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
