import "server-only";
// The HTTP side of a chart image: format, headers, caching. Same caching rule as the rest of the
// API (lib/api/http-cache.ts): shared caches briefly, browsers revalidate, weak ETag, 304 when unchanged.
import { createHash } from "node:crypto";
import { etagMatches, PUBLIC_CACHE } from "@/lib/cache/http-cache";
import type { ImageFormat } from "@/lib/charts/chart-ref";
import type { ChartImage } from "./chart-image";
import { PNG_SCALE, renderPng } from "./png";

// Bumped when the drawing changes for the same document (a renderer upgrade), so old PNGs revalidate.
const RENDER_VERSION = "resvg-2.6.2";

/**
 * A weak ETag from the SVG document rather than from the PNG's bytes: the PNG is a pure function of
 * the document, and a revalidation whose document has not changed is then answered without drawing.
 */
export function imageEtag(svg: string, format: ImageFormat): string {
  const key = format === "svg" ? "svg" : `png@${PNG_SCALE}x/${RENDER_VERSION}`;
  return `W/"${createHash("sha256").update(key).update("\n").update(svg).digest("base64url")}"`;
}

export function imageHeaders(image: ChartImage, format: ImageFormat): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": format === "png" ? "image/png" : "image/svg+xml; charset=utf-8",
    // inline, not attachment: opened on its own the image shows (an attachment cannot be viewed or
    // checked in a browser tab); a link with the download attribute still saves it under this name.
    "Content-Disposition": `inline; filename="${image.fileStem}.${format}"`,
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": PUBLIC_CACHE,
  };
  // Opened from our origin, an SVG is a document: it may draw and style itself, and run nothing.
  // next.config.ts sends the same policy for /api/v1/charts/* (its headers win over a route's).
  if (format === "svg") headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
  return headers;
}

/** 200 with the image, or 304 when the client holds this exact one. */
export async function imageResponse(request: Request, image: ChartImage, format: ImageFormat): Promise<Response> {
  const etag = imageEtag(image.svg, format);
  const headers = { ...imageHeaders(image, format), ETag: etag };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  if (format === "svg") return new Response(image.svg, { status: 200, headers });
  const png = await renderPng(image.svg, { title: image.title, source: image.permalink });
  return new Response(new Uint8Array(png), { status: 200, headers });
}
