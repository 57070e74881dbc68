import { connection } from "next/server";
import { apiData, withApiErrors } from "@/lib/api/respond";
import { listPublishedPrograms } from "@/lib/data/programs";
import { prisma } from "@/lib/db";

export async function GET(request: Request) {
  await connection();
  return withApiErrors(async () => apiData(request, await listPublishedPrograms(prisma())));
}
