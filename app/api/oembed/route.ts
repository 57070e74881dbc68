import { cacheableResponse } from "@/lib/cache/http-cache";
import { publicGet } from "@/lib/api/public-get";
import { ApiProblem } from "@/lib/api/respond";
import { prisma } from "@/lib/db";
import { chartTitle } from "@/lib/charts/chart-ref";
import { acceptChartUrl, buildOembedAnswer, parseOembedQuery } from "@/lib/embed/oembed";
import { loadProgramNames } from "@/lib/embed/share-names";
import { siteOrigin } from "@/lib/security/site-origin";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/lib/api/public-get";
export const dynamic = "force-dynamic";

// GET /api/oembed?url=<chart URL of this site>&maxwidth=&maxheight=&format=json (lib/embed/oembed.ts).
// The answer is the bare oEmbed object (not wrapped in { data }), as the specification requires.
export const GET = publicGet(async (request: Request) => {
  const parsed = parseOembedQuery(new URL(request.url).searchParams);
  if (!parsed.ok) throw new ApiProblem(parsed.error.status, parsed.error.code, parsed.error.message);
  const { url, maxwidth, maxheight } = parsed.query;
  const origin = siteOrigin();
  const chart = acceptChartUrl(url, origin);
  if (!chart) throw new ApiProblem(404, "not_found", "This URL is not a chart of this site.");
  const names = await loadProgramNames(prisma(), chart.ref);
  if (chart.ref.kind === "program" && !names.has(chart.ref.slug))
    throw new ApiProblem(404, "not_found", "No published program has this address.");
  const title = chartTitle(chart.ref, (slug) => names.get(slug));
  const answer = buildOembedAnswer({ ...chart, origin, title, maxwidth, maxheight });
  return cacheableResponse(request, JSON.stringify(answer), { "Content-Type": "application/json; charset=utf-8" });
});
