import { parseTimelineRef } from "@/lib/embed/chart-ref";
import { serveChartImage } from "@/lib/images/serve-chart-image";

// The /timeline chart as a PNG (default) or SVG file: same options as the page, plus format.
export function GET(request: Request) {
  return serveChartImage(request, (query) => parseTimelineRef(query));
}
