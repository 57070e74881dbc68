import { PrismaPg } from "@prisma/adapter-pg";
import { isEmbeddedUrl } from "./embedded-url";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

/**
 * A Prisma client over adapter-pg; the same code serves the embedded database and a real server.
 * The embedded database gets exactly one connection whatever is asked (see lib/embedded-url.ts).
 */
export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  const max = isEmbeddedUrl(connectionString) ? 1 : maxConnections;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}
