import { parseCompareRef, parseEmbedTheme } from "@/lib/charts/chart-ref";
import { serveEmbed } from "@/lib/embed/render/serve-embed";

// The /compare chart as a framable document (same options as the page; bad ones fall back).
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  return serveEmbed(request, parseCompareRef(query), parseEmbedTheme(query));
}
