import "server-only";
// What every chart image route does, once: parse, read, compose, answer.
import { apiError, withApiErrors } from "@/lib/api/respond";
import type { ChartRef } from "@/lib/embed/chart-ref";
import { prisma } from "@/lib/db";
import { loadChartImage } from "./chart-image";
import { imageResponse, parseImageFormat } from "./image-response";

/** `parse` reads the chart's options as the page does (bad options fall back); null means 404. */
export async function serveChartImage(request: Request, parse: (query: URLSearchParams) => ChartRef | null): Promise<Response> {
  const url = new URL(request.url);
  const format = parseImageFormat(url.searchParams);
  if (format === null) return apiError(400, "bad_request", "format must be png or svg.");
  const ref = parse(url.searchParams);
  if (ref === null) return apiError(404, "not_found", "No published program has this name.");
  return withApiErrors(async () => {
    const image = await loadChartImage(prisma(), ref, url.origin);
    if (image === null) return apiError(404, "not_found", "No published program has this name.");
    return imageResponse(request, image, format);
  });
}
