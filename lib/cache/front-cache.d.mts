// Types of front-cache.mjs (plain JavaScript, since it runs in the server before anything is compiled).
import type { IncomingHttpHeaders, OutgoingHttpHeaders, Server, ServerResponse } from "node:http";
import type { AnswerStore, StoredAnswer } from "./answer-cache";

/** An answer the front cache sends as it is (the API's 429 refusal). */
export type PlainAnswer = { status: number; headers: Record<string, string>; body: Buffer };
/** What the app hands the front cache when it starts (instrumentation.ts); origin: siteOrigin(). */
export type FrontCacheApp = { store: AnswerStore; admit(headers: IncomingHttpHeaders): Promise<PlainAnswer | null>; origin: string };
export const routerHeaders: string[];
export function frontCacheRoute(method: string | undefined, url: string, headers: IncomingHttpHeaders): "page" | "counted" | null;
export function frontKey(url: string, headers: IncomingHttpHeaders, buildId: string, origin: string): string;
export function storedPastDay(url: string, now?: Date): string | null;
export function storableAnswer(
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
  publication: string,
  url: string,
  now?: number,
): StoredAnswer | null;
export function sendStored(
  response: ServerResponse,
  entry: StoredAnswer,
  outcome: "HIT" | "MISS",
  client: { method?: string; ifNoneMatch?: string; acceptEncoding?: string },
): void;
export function frontCacheEmit(
  emit: Server["emit"],
  options: { app: () => FrontCacheApp | undefined; enabled?: () => boolean; buildId?: string },
): Server["emit"];
