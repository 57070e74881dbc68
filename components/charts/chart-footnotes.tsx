import type { ChartRow } from "@/lib/charts/compare-types";
import { SourceCitation } from "@/components/dashboard/source-citation";
import { StaticMarkup } from "@/components/dashboard/static-markup";

// Per mark, the same facts as its tooltip: figure, as stated, conversion, kind, confidence, source.
type Props = { rows: readonly ChartRow[]; headingId?: string; headingLevel?: 2 | 3 };

// A long list with nothing interactive: static markup (components/dashboard/static-markup.tsx).
export function ChartFootnotes({ rows, headingId = "footnotes-heading", headingLevel = 2 }: Props) {
  if (rows.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <StaticMarkup as="section" aria-labelledby={headingId} className="mt-8">
      <Heading id={headingId} className="text-lg font-semibold">
        Figures and sources
      </Heading>
      <ol className="mt-2 space-y-2 text-sm">
        {rows.map((row) => (
          <li key={row.id} data-row={row.id} className="list-none">
            <span className="font-semibold">
              [{row.n}] {row.programName}
            </span>{" "}
            — {row.label}:{" "}
            <span data-testid="figure" className="font-semibold">
              {row.text}
            </span>
            {row.original !== row.text && <> (stated as {row.original})</>}. {row.conversion && <>{row.conversion}. </>}
            {row.notDrawn && <strong>Not drawn: {row.notDrawn} </strong>}
            <span className="text-slate-600 dark:text-slate-300">
              {row.kind.replaceAll("_", " ")} · {row.confidence}
              {row.isHeadline ? " · headline" : ""}
              {row.asOfLabel ? ` · as of ${row.asOfLabel}` : ""}
            </span>{" "}
            · <SourceCitation source={row.source} />
          </li>
        ))}
      </ol>
    </StaticMarkup>
  );
}
