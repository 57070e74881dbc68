import { publicGet } from "@/lib/api/public-get";
import { parseCompareRef } from "@/lib/charts/chart-ref";
import { serveChartImage } from "@/lib/images/serve-chart-image";
import { compareImageQuery } from "@/lib/schemas/api/query";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/api/public-get";
export const dynamic = "force-dynamic";

// The /compare chart as a PNG (default) or SVG file: same options as the page, plus format.
export const GET = publicGet((request: Request) =>
  serveChartImage(request, compareImageQuery.pick({ format: true, asOf: true }), (query) => parseCompareRef(query)),
);
