import { publicGet } from "@/lib/api/public-get";
import { parseProgramRef } from "@/lib/charts/chart-ref";
import { serveChartImage } from "@/lib/images/serve-chart-image";
import { programImageQuery } from "@/lib/schemas/api/query";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/api/public-get";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

// One program's funding (default) or milestones chart as a PNG (default) or SVG file.
export const GET = publicGet(async (request: Request, { params }: Context) => {
  const { slug } = await params;
  return serveChartImage(request, programImageQuery.pick({ format: true, asOf: true }), (query) => parseProgramRef(slug, query));
});
