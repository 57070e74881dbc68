import { publicGet } from "@/lib/api/public-get";
import { parseTimelineRef } from "@/lib/charts/chart-ref";
import { serveChartImage } from "@/lib/images/serve-chart-image";
import { timelineImageQuery } from "@/lib/schemas/api/query";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/api/public-get";
export const dynamic = "force-dynamic";

// The /timeline chart as a PNG (default) or SVG file: same options as the page, plus format.
export const GET = publicGet((request: Request) =>
  serveChartImage(request, timelineImageQuery.pick({ format: true, asOf: true }), (query) => parseTimelineRef(query)),
);
