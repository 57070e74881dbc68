// Types of redis-cache-handler.mjs (plain JavaScript, since Next imports it outside the bundles).
export default class RedisCacheHandler {
  constructor(context: unknown);
  get(key: string, ctx: unknown): Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export function serializeEntry(entry: unknown): string;
export function deserializeEntry(text: string): unknown;
