import { sourceSummary, type EmbedModel } from "@/lib/embed/render/embed-model";

// Every number in the chart has its source here, numbered as the chart's labels and the table cite
// them. The list is folded (a closed <details>: no script, opens by keyboard too) so the chart, not
// 30 footnotes, sets the embed's height; the one-line summary and the links stay visible.
// Links open a new tab: the embed sits inside an article the reader should not lose.
export function EmbedFooter({ model }: { model: EmbedModel }) {
  const external = { target: "_blank", rel: "noopener noreferrer" } as const;
  return (
    <footer>
      {model.sources.length > 0 && (
        <>
          <p data-testid="embed-source-summary">Sources: {sourceSummary(model.sources)}</p>
          <details data-testid="embed-sources-details">
            <summary>Sources ({model.sources.length})</summary>
            <ol aria-label="Sources" data-testid="embed-sources">
              {model.sources.map((source) => (
                <li key={source.n}>
                  [{source.n}] {source.context}:{" "}
                  {source.url ? (
                    <a href={source.url} title={source.title} {...external}>
                      {source.label}
                    </a>
                  ) : (
                    <cite title={source.title}>{source.label}</cite>
                  )}
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
      <p>
        <span data-testid="embed-date">
          Data as of <time dateTime={model.day}>{model.day}</time>
          {model.pinned ? " (pinned)" : ""}
        </span>
        {" · "}
        <a href={model.links.page} target="_blank" rel="noopener">
          See the full chart on Compute Atlas
        </a>
        {" · "}
        <a href={model.links.data} target="_blank" rel="noopener">
          Get the data (CSV)
        </a>
      </p>
    </footer>
  );
}
