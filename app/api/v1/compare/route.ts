import { apiData, withApiErrors } from "@/lib/api/respond";
import { cacheableResponse } from "@/lib/api/http-cache";
import { compareCsv, compareJson, downloadName } from "@/lib/charts/compare-download";
import { parseCompareParams } from "@/lib/charts/compare-params";
import { knownByOf, loadCompare } from "@/lib/data/compare";
import { prisma } from "@/lib/db";

// Same options as /compare (bad values fall back to defaults), plus format=json (default) or csv.
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const params = parseCompareParams(query);
  const csv = query.get("format") === "csv";
  return withApiErrors(async () => {
    const data = await loadCompare(prisma(), params, knownByOf(params));
    const attachment = { "Content-Disposition": `attachment; filename="${downloadName(data, csv ? "csv" : "json")}"` };
    if (!csv) return apiData(request, compareJson(data), attachment);
    return cacheableResponse(request, compareCsv(data), { "Content-Type": "text/csv; charset=utf-8", "Access-Control-Allow-Origin": "*", ...attachment });
  });
}
