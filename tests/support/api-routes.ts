// Route modules of the documented API paths, for integration tests that call handlers directly.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { openApiDocument } from "../../lib/api/openapi/document";
import { createApiRateLimiter } from "../../lib/api/rate-limit";
import type { SeededDatabase } from "./seeded-database";
import { useTestDatabase } from "./test-database";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Record<string, Handler | undefined>;

const root = fileURLToPath(new URL("../..", import.meta.url));

/** "/api/v1/programs/{slug}" → "app/api/v1/programs/[slug]/route.ts" */
export function routeFile(operation: string): string {
  return `${root}app${operation.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
}

/** The paths the OpenAPI document lists ("/api/v1/programs/{slug}"), or those under one of its tags ("Data", "Charts"). */
export function documentedPaths(tag?: string): string[] {
  const paths = openApiDocument().paths ?? {};
  return Object.keys(paths).filter((path) => tag === undefined || paths[path]?.get?.tags?.includes(tag));
}

/** Every route of the API: the documented paths and the document's own. */
export const apiOperations = (): string[] => [...documentedPaths(), "/api/v1/openapi.json"];

export async function loadRoute(operation: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ routeFile(operation))) as RouteModule;
}

export const origin = "http://127.0.0.1:3240";
// Links and oEmbed accept only our configured origin (lib/security/site-origin.ts), read on first use, after this line.
process.env.ATLAS_BASE_URL = origin;

/**
 * Calls a route's handler as Next would, with the path parameters as a promise. Nothing is cached
 * here: the front cache (lib/cache/front-cache.mjs) stores answers in front of Next, not in the
 * handlers; tests/integration/front-cache.test.ts tests it.
 */
export async function call(
  operation: string,
  url: string,
  init: RequestInit & { method?: string } = {},
  params: Record<string, string> = {},
): Promise<Response> {
  const route = await loadRoute(operation);
  const method = init.method ?? "GET";
  const handler = route[method];
  if (!handler) throw new Error(`${operation} exports no ${method}`);
  return handler(new Request(new URL(url, origin), init), { params: Promise.resolve(params) });
}

/**
 * For a test file that calls the API's handlers: a seeded database they read (the app's client,
 * lib/db.ts) and a rate limit too high to interfere, made before the file's tests and dropped
 * after them. Returns a getter, as public-surfaces.test.ts and the API tests read it.
 */
export function useSeededApi(): () => SeededDatabase {
  const seeded = useTestDatabase({ seeded: true, app: true });
  const store = globalThis as { atlasApiRateLimiter?: unknown };
  beforeAll(() => {
    store.atlasApiRateLimiter = createApiRateLimiter(100_000);
  });
  afterAll(() => {
    delete store.atlasApiRateLimiter;
  });
  return () => seeded;
}
