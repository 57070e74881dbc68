// The answer store's publication keys in Redis (lib/cache/answer-cache.ts), and a publication of
// every day made without its script: by the app when Redis refuses scripts, and by the seed scripts,
// which write rows readers see from outside the app (a memory store they cannot reach: restart it).
import Redis from "ioredis";

export const PUBLICATION_KEY = "atlas:answers:publication";
// The publication steps: a sorted set, member = publication, score = its first day (YYYYMMDD).
export const STEPS_KEY = "atlas:answers:steps";

/**
 * A publication of every day, in one transaction: the counter moves on and the steps go, so no
 * stored answer is served again (a past view too: with no steps, only the current publication's are).
 */
export async function publishEveryDay(redis: Redis): Promise<void> {
  const replies = await redis.multi().incr(PUBLICATION_KEY).del(STEPS_KEY).exec();
  const failed = replies?.find(([error]) => error)?.[0];
  if (!replies || failed) throw failed ?? new Error("the transaction was discarded");
}

/**
 * After a script wrote rows readers see (the seeds): a publication of every day in the Redis at
 * `url`, when there is one. A failure is reported, not thrown: the rows are written either way.
 */
export async function publishFromScript(url: string | undefined): Promise<void> {
  if (!url) return;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await publishEveryDay(redis);
  } catch (error) {
    const message = error instanceof Error ? error.message : error;
    console.error(`Could not drop the answers stored in Redis (flush it, or they may show data from before): ${message}`);
  } finally {
    redis.disconnect();
  }
}
