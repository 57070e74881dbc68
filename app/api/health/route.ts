import { checkDatabase } from "@/lib/health/check-database";
import { prisma } from "@/lib/db";

// For load balancers and uptime checks: 200 when the database answers, 503 otherwise; never details.
export const dynamic = "force-dynamic";

const headers = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

export async function GET() {
  const ok = await checkDatabase(prisma());
  return new Response(JSON.stringify({ status: ok ? "ok" : "unavailable" }), { status: ok ? 200 : 503, headers });
}
