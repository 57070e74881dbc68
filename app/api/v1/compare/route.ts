import { attachment, csvResponse } from "@/lib/api/csv";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { apiData } from "@/lib/api/respond";
import { compareCsv, compareJson, downloadName } from "@/lib/api/compare-download";
import { parseCompareParams } from "@/lib/dashboard/compare-params";
import { knownByOf, loadCompare } from "@/lib/data/compare";
import { prisma } from "@/lib/db";
import { compareStrictQuery } from "@/lib/schemas/api/query";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

// The /compare page's options, read as the page reads them (bad chart options fall back to their
// defaults, so the page's and the embeds' download links always match their chart); asOf and
// format are strict, as on every endpoint (lib/schemas/api/query.ts).
export const GET = publicGet(async (request: Request) => {
  const { format } = parseQuery(compareStrictQuery, request);
  const params = parseCompareParams(new URL(request.url).searchParams);
  const data = await loadCompare(prisma(), params, knownByOf(params));
  if (format === "json") return apiData(request, compareJson(data), attachment(downloadName(data, "json")));
  return csvResponse(request, compareCsv(data), downloadName(data, "csv"));
});
