import "server-only";
// The one thing each embed route does: load the chart named by the URL and answer with its
// document, a 404 document for a program nobody can see, or (if the database fails) a 503
// document; never a framework error page inside someone's article. The front cache
// (lib/cache/front-cache.mjs) stores a chart document until the next publication; the 404 and 503 it does not.
import { prisma } from "@/lib/db";
import type { ChartRef, EmbedTheme } from "@/lib/charts/chart-ref";
import { siteOrigin } from "@/lib/security/site-origin";
import { embedNotFound, embedResponse, embedUnavailable } from "./embed-response";
import { loadEmbed } from "./load-embed";

export async function serveEmbed(request: Request, ref: ChartRef | null, theme: EmbedTheme, today: Date = new Date()): Promise<Response> {
  if (!ref) return embedNotFound(request, theme);
  try {
    const model = await loadEmbed(prisma(), ref, { origin: siteOrigin(), theme, today });
    return model ? embedResponse(request, model) : embedNotFound(request, theme);
  } catch (error) {
    console.error("Embed failed:", error instanceof Error ? error.message : error);
    return embedUnavailable(request, theme);
  }
}
