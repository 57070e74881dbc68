import type { EmbedChart } from "@/lib/embed/render/embed-model";
import { MapCountryList, MapLegend } from "@/components/charts/map-parts";

// The map's SVG was drawn on the server from our own rows (React escaped every database text).
export function MapEmbed({ chart }: { chart: Extract<EmbedChart, { kind: "map" }> }) {
  return (
    <>
      <figure className="map" data-testid="map-figure" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <MapLegend model={chart.model} />
      <details className="map-list">
        <summary>Countries and programs ({chart.model.countries.filter((c) => c.programs.some((p) => p.region === null)).length})</summary>
        <MapCountryList model={chart.model} origin={chart.origin} />
      </details>
    </>
  );
}
