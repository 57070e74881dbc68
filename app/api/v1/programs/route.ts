import { connection } from "next/server";
import { apiData, withApiErrors } from "@/lib/api/respond";
import { listPublishedPrograms } from "@/lib/data/programs";
import { prisma } from "@/lib/db";

export async function GET() {
  await connection();
  return withApiErrors(async () => apiData(await listPublishedPrograms(prisma())));
}
