import "server-only";
// What every chart image route does, once: parse, read, compose, answer. The route wraps it in
// publicGet (lib/api/public-get.ts), which turns an ApiProblem into the API's error shape.
import type { z } from "zod";
import { parseQuery } from "@/lib/api/query";
import { ApiProblem } from "@/lib/api/respond";
import type { ChartRef, ImageFormat } from "@/lib/charts/chart-ref";
import { prisma } from "@/lib/db";
import { siteOrigin } from "@/lib/security/site-origin";
import { loadChartImage } from "./chart-image";
import { imageResponse } from "./image-response";

type StrictQuery = z.ZodObject<{ format: z.ZodDefault<z.ZodEnum<{ png: "png"; svg: "svg" }>>; asOf: z.ZodOptional<z.ZodISODate> }>;

/**
 * `strict` checks format and asOf (a bad value is a 400 naming it); `parse` reads the chart's own
 * options as the page does (bad ones fall back) and gives null for a slug that names no program.
 */
export async function serveChartImage(
  request: Request,
  strict: StrictQuery,
  parse: (query: URLSearchParams) => ChartRef | null,
): Promise<Response> {
  const { format } = parseQuery(strict, request) as { format: ImageFormat };
  const url = new URL(request.url);
  const ref = parse(url.searchParams);
  // The permalink drawn into the image: the site's address (not request.url, which `next start`
  // sets to http://localhost:PORT whatever address the reader used).
  const image = ref && (await loadChartImage(prisma(), ref, siteOrigin()));
  if (!image) throw new ApiProblem(404, "not_found", "No published program has this name.");
  return imageResponse(request, image, format);
}
