import type { SourceDto } from "@/lib/schemas/api/common";

export function SourceCitation({ source }: { source: SourceDto }) {
  const label = `${source.publisher}${source.publishedLabel ? `, ${source.publishedLabel}` : ""}`;
  return (
    <span data-testid="source">
      Source:{" "}
      {source.url ? (
        <a href={source.url} className="underline" rel="noopener noreferrer" title={source.title}>
          {label}
        </a>
      ) : (
        <cite title={source.title}>
          {label}: {source.title} (no web address)
        </cite>
      )}
    </span>
  );
}
