// What the reader must be told beside the chart, in plain sentences.
import type { CompareParams } from "@/lib/dashboard/compare-params";
import type { ChartPanel, ChartRow } from "./compare-types";

export function chartNotes(params: CompareParams, panels: readonly ChartPanel[], rows: readonly ChartRow[]): string[] {
  const notes: string[] = [];
  if (params.metric === "money" && params.currency !== "original") {
    notes.push(
      "Amounts are converted at the annual average reference rate of each claim's year (the latest " +
        "earlier year when that year has none yet); each mark's footnote gives the rate used.",
    );
  }
  if (params.metric === "money" && params.currency === "original" && panels.length > 1) {
    notes.push(
      "Each currency has its own panel and axis: in original-currency mode nothing is converted, so no two currencies share an axis.",
    );
  }
  if (params.metric === "compute") {
    notes.push(
      "Compute is drawn in one panel per numeric precision: FP64 and low-precision AI exaFLOPS " +
        "measure different things and never share an axis.",
    );
  }
  if (params.scale === "log") {
    notes.push(
      "Logarithmic axis: each labelled power of ten is ten times the one before, and bars start at the axis's lower bound, not at zero.",
    );
  }
  const notDrawn = rows.filter((row) => row.notDrawn !== null).length;
  if (notDrawn > 0) {
    notes.push(`${notDrawn} ${notDrawn === 1 ? "claim is" : "claims are"} listed but not drawn; the footnotes say why.`);
  }
  notes.push(
    params.claims === "headline"
      ? "Each program's headline figures are shown (switch to all claims to see every other figure beside them)."
      : "Every current claim is shown, one mark each; figures are never added together.",
  );
  notes.push(
    "“Of which” parts are not drawn (they are contained in their parent), and a claim replaced by a " +
      "later update is left out in favour of the update.",
  );
  return notes;
}
