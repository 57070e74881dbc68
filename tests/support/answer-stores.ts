// The two stores the front cache runs on, for a test file that runs it over both: memory, and Redis
// on a throwaway server started for the file. Every client opened here or handed to keep() is
// disconnected, and the server stopped, after the file's tests.
import type Redis from "ioredis";
import { afterAll, beforeAll } from "vitest";
import { memoryAnswerStore, redisAnswerStore, type AnswerStore } from "../../lib/cache/answer-cache";
import { connectedRedis, startRedis, type RedisServer } from "./redis-server";

export function useAnswerStores() {
  let server: RedisServer;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server.stop();
  });
  const keep = <Client extends Redis>(client: Client): Client => {
    clients.push(client);
    return client;
  };
  /** A store on its own client of the file's Redis, opened as the app opens one. */
  const redisStore = async (): Promise<AnswerStore> => redisAnswerStore(keep(await connectedRedis(server.url)));
  /** For describe.each: each store's name and how to make one. */
  const bothStores: [name: string, makeStore: () => Promise<AnswerStore>][] = [
    ["memory", async () => memoryAnswerStore()],
    ["Redis", redisStore],
  ];
  return { redisUrl: () => server.url, keep, redisStore, bothStores };
}
