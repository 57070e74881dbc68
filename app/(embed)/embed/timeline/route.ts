import { parseEmbedTheme, parseTimelineRef } from "@/lib/charts/chart-ref";
import { serveEmbed } from "@/lib/embed/render/serve-embed";

// The /timeline chart as a framable document (same filters as the page; bad ones are dropped).
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  return serveEmbed(request, parseTimelineRef(query), parseEmbedTheme(query));
}
