import { attachment, csvResponse, toCsv } from "@/lib/api/csv";
import { publicGet } from "@/lib/api/public-get";
import { parseQuery } from "@/lib/api/query";
import { apiData } from "@/lib/api/respond";
import { fileStemOf, parseMapRef } from "@/lib/charts/chart-ref";
import { mapColumns, mapRecords } from "@/lib/charts/map-rows";
import { toIsoDay } from "@/lib/core/dates";
import { knownByOf } from "@/lib/data/compare";
import { loadMap } from "@/lib/data/map";
import { prisma } from "@/lib/db";
import { serveChartImage } from "@/lib/images/serve-chart-image";
import { compareImageQuery } from "@/lib/schemas/api/query";
import { mapStrictQuery } from "@/lib/schemas/api/map";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/api/public-get";
export const dynamic = "force-dynamic";

// The /map chart as a PNG (default) or SVG file, or its rows (one per country and program) as CSV
// or JSON: same options as the page, plus format.
export const GET = publicGet(async (request: Request) => {
  const { format } = parseQuery(mapStrictQuery, request);
  if (format === "png" || format === "svg") {
    return serveChartImage(request, compareImageQuery.pick({ format: true, asOf: true }), (query) => parseMapRef(query));
  }
  const ref = parseMapRef(new URL(request.url).searchParams);
  const data = await loadMap(prisma(), ref.params, knownByOf(ref.params));
  const name = `${fileStemOf(ref, ref.params.asOf ?? toIsoDay(new Date()))}.${format}`;
  const records = mapRecords(data.map);
  if (format === "json") return apiData(request, { scale: data.map.scale, classes: data.map.classes, rows: records }, attachment(name));
  return csvResponse(request, toCsv(records, mapColumns), name);
});
