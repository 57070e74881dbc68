import { parseAsOf } from "@/lib/dashboard/as-of";
import { programForApi } from "@/lib/api/program-detail";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { ApiProblem, apiData } from "@/lib/api/respond";
import { loadProgramDetail } from "@/lib/data/program-detail";
import { prisma } from "@/lib/db";
import { programPath, programQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = publicGet(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const query = parseQuery(programQuery, request);
  const { slug } = await params;
  const notFound = new ApiProblem(
    404,
    "not_found",
    `No published program "${slug.slice(0, 100)}"${query.asOf ? ` as of ${query.asOf}` : ""}.`,
  );
  if (!programPath.safeParse({ slug }).success) throw notFound;
  const detail = await loadProgramDetail(prisma(), parseAsOf(query.asOf), slug);
  if (!detail) throw notFound;
  return apiData(request, programForApi(detail));
});
