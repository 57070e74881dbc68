import { parseEmbedTheme, parseProgramRef } from "@/lib/charts/chart-ref";
import { serveEmbed } from "@/lib/embed/render/serve-embed";

// One program's funding (?chart=funding, the default) or milestones (?chart=timeline) chart.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  return serveEmbed(request, parseProgramRef(slug, query), parseEmbedTheme(query));
}
