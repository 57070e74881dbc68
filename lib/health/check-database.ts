import type { PrismaClient } from "@/lib/prisma-client";

/**
 * Whether the database answers a trivial query within `timeoutMs`. A stopped server refuses at
 * once; a hung one would hold the probe, so the wait is bounded. The reason goes to the log only.
 */
export async function checkDatabase(db: PrismaClient, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch (error) {
    console.error("Health check: database unavailable:", error instanceof Error ? error.message.split("\n")[0] : error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
