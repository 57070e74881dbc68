import { parseEmbedTheme, parseMapRef } from "@/lib/charts/chart-ref";
import { serveEmbed } from "@/lib/embed/render/serve-embed";

// The /map chart as a framable document (same options as the page; bad ones fall back).
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  return serveEmbed(request, parseMapRef(query), parseEmbedTheme(query));
}
