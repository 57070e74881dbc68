import { parseProgramRef } from "@/lib/embed/chart-ref";
import { serveChartImage } from "@/lib/images/serve-chart-image";

// One program's funding (default) or milestones chart as a PNG (default) or SVG file.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return serveChartImage(request, (query) => parseProgramRef(slug, query));
}
