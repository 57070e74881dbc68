import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

// One client per process, kept on globalThis so that Next's hot reload does not open a new pool
// on every edit.
const globalForPrisma = globalThis as typeof globalThis & { atlasPrisma?: PrismaClient };

export function prisma(): PrismaClient {
  if (globalForPrisma.atlasPrisma) return globalForPrisma.atlasPrisma;
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.");
  globalForPrisma.atlasPrisma = createPrismaClient(url);
  return globalForPrisma.atlasPrisma;
}
