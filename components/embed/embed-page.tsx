import type { EmbedModel } from "@/lib/embed/render/embed-model";
import { CompareEmbed } from "./compare-embed";
import { EmbedDocument } from "./embed-document";
import { EmbedFooter } from "./embed-footer";
import { EmbedTable } from "./embed-table";
import { MapEmbed } from "./map-embed";
import { TimelineEmbed } from "./timeline-embed";

export function EmbedPage({ model, css }: { model: EmbedModel; css: string }) {
  return (
    <EmbedDocument title={model.title} theme={model.theme} css={css}>
      <h1>{model.title}</h1>
      {model.newer && (
        <p className="notice" data-testid="embed-newer">
          Newer figures exist.{" "}
          <a href={model.links.live} target="_blank" rel="noopener">
            See the live chart
          </a>
        </p>
      )}
      {model.chart.kind === "compare" && <CompareEmbed chart={model.chart} />}
      {model.chart.kind === "timeline" && <TimelineEmbed chart={model.chart} title={model.title} />}
      {model.chart.kind === "map" && <MapEmbed chart={model.chart} />}
      <EmbedTable table={model.table} />
      <EmbedFooter model={model} />
    </EmbedDocument>
  );
}

const messages = {
  404: { title: "Chart not found", text: "This chart names no program published on Compute Atlas." },
  503: { title: "Chart unavailable", text: "The figures cannot be loaded right now. Please reload in a moment." },
} as const;

/** Not a chart (an unknown program, or the data is unavailable): still an embed document, with a way out. */
export function EmbedMessage({
  status,
  siteUrl,
  theme,
  css,
}: {
  status: 404 | 503;
  siteUrl: string;
  theme: EmbedModel["theme"];
  css: string;
}) {
  const message = messages[status];
  return (
    <EmbedDocument title={message.title} theme={theme} css={css}>
      <h1>{message.title}</h1>
      <p>{message.text}</p>
      <p>
        <a href={siteUrl} target="_blank" rel="noopener">
          Go to Compute Atlas
        </a>
      </p>
    </EmbedDocument>
  );
}
