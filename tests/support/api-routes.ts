// Route modules of the documented API paths, for integration tests that call handlers directly.
import { fileURLToPath } from "node:url";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Record<string, Handler | undefined>;

const root = fileURLToPath(new URL("../..", import.meta.url));

/** "/api/v1/programs/{slug}" → "app/api/v1/programs/[slug]/route.ts" */
export function routeFile(operation: string): string {
  return `${root}app${operation.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
}

export async function loadRoute(operation: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ routeFile(operation))) as RouteModule;
}

export const origin = "http://127.0.0.1:3240";

/** Calls a route's handler as Next would, with the path parameters as a promise. */
export async function call(operation: string, url: string, init: RequestInit & { method?: string } = {}, params: Record<string, string> = {}): Promise<Response> {
  const route = await loadRoute(operation);
  const method = init.method ?? "GET";
  const handler = route[method];
  if (!handler) throw new Error(`${operation} exports no ${method}`);
  return handler(new Request(new URL(url, origin), init), { params: Promise.resolve(params) });
}
