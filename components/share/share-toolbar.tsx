// "Share this chart", under every chart of the public pages: downloads of the chart as shown (image
// and data, at the contract's addresses) and an "Embed this chart" disclosure. The disclosure is a
// plain <details>, so it opens without JavaScript; its preview iframe is lazy and inside it, so
// the embed only loads when a reader opens it.
import type { ChartRef } from "@/lib/charts/chart-ref";
import { shareModel } from "@/lib/embed/share-variants";
import { EmbedDialog } from "./embed-dialog";

type Props = {
  chart: ChartRef;
  /** The site's absolute origin (lib/security/site-origin.ts), for the snippets. */
  origin: string;
  title: string;
  /** YYYY-MM-DD, UTC: the day a pinned snippet is pinned to when the page is live. */
  today: string;
  /** Unique on the page: prefixes the ids of the dialog's fields. */
  idPrefix: string;
};

export function ShareToolbar({ chart, origin, title, today, idPrefix }: Props) {
  const model = shareModel({ ref: chart, origin, title, today });
  const headingId = `${idPrefix}-share`;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="mt-4 rounded border border-slate-200 p-3 text-sm dark:border-slate-700"
      data-testid="share-toolbar"
      data-share={idPrefix}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p id={headingId} className="font-semibold">
          Share this chart
        </p>
        <p>
          Download:{" "}
          {model.downloads.map((download, index) => (
            <span key={download.format}>
              {index > 0 && " · "}
              <a href={download.href} download className="underline" data-format={download.format}>
                {download.label}
              </a>
            </span>
          ))}
        </p>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer font-medium underline focus:outline-2 focus:outline-blue-700">Embed this chart</summary>
        <EmbedDialog idPrefix={idPrefix} title={model.title} height={model.height} pinnedOn={model.pinnedOn} variants={model.variants} />
      </details>
    </div>
  );
}
