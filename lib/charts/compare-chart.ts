// Claims → the comparison chart: rows (one per mark) grouped into panels, each with its domain and
// ticks, plus the sentences the chart must carry. Pure: the data layer loads, this decides.
import type { ReferenceRate } from "@/lib/money";
import { capacityRowValue } from "./capacity-rows";
import type { CompareParams } from "@/lib/dashboard/compare-params";
import type { ChartPanel, ChartRow, CompareCapacityClaim, CompareChart, CompareClaim, CompareFundingClaim } from "./compare-types";
import { compareRowClaimKeys } from "@/lib/schemas/api/compare";
import { moneyRowValue } from "./money-rows";
import { chartNotes } from "./chart-notes";
import { panelOrder, panelTitle, tickFormatter } from "./panels";
import { programColours } from "./program-colour";
import { domainFor, sparserLinearTicks, ticksFor } from "./scale";
import { selectClaims } from "./select-claims";

type CopiedKey = (typeof compareRowClaimKeys)[number];
type FieldOf<C, K extends PropertyKey> = K extends keyof C ? C[K] : null;
type Copied = { [K in CopiedKey]: FieldOf<CompareFundingClaim, K> | FieldOf<CompareCapacityClaim, K> };
// The compiler checks here that every copied field, null where a claim kind lacks it, fits the row.
const copiedFitsRow = (copied: Copied): Pick<ChartRow, CopiedKey> => copied;

/** The fields the row takes from its claim as they are (compareRowClaimKeys in the API's row schema). */
function copiedFields(claim: CompareClaim): Pick<ChartRow, CopiedKey> {
  const fields: Partial<Record<CopiedKey, unknown>> = claim;
  return copiedFitsRow(Object.fromEntries(compareRowClaimKeys.map((key) => [key, fields[key] ?? null])) as Copied);
}

function toRow(claim: CompareClaim, params: CompareParams, rates: readonly ReferenceRate[]): ChartRow {
  const computed =
    claim.type === "funding"
      ? moneyRowValue(claim, params.currency, rates)
      : capacityRowValue(claim, params.metric === "money" ? "power" : params.metric);
  return { id: claim.id, n: 0, ...copiedFields(claim), stated: statedOf(claim), ...onScale(computed, params) };
}

type StatedFigure = { shape: string; amount: string | null; low: string | null; high: string | null };

/** A figure's low and high ends as stated: a range's two, any other shape's one amount twice ("up to" included). */
export function statedBounds(figure: StatedFigure): [low: string | null, high: string | null] {
  return figure.shape === "range" ? [figure.low, figure.high] : [figure.amount, figure.amount];
}

/** The figure as its source states it, before any conversion (the downloads' value_* columns). */
export function statedOf(claim: CompareClaim): ChartRow["stated"] {
  const [low, high] = statedBounds({ ...claim, amount: claim.type === "funding" ? claim.amount : claim.value });
  return claim.type === "funding" ? { low, high, unit: null, currency: claim.currency } : { low, high, unit: claim.unit, currency: null };
}

// A log axis has no zero: a figure of zero, or a range starting at zero, has no place on it (its
// bar would start at minus infinity). It stays in the table and footnotes, not drawn, with why.
function onScale<T extends Pick<ChartRow, "value" | "notDrawn">>(computed: T, params: CompareParams): T {
  if (params.scale !== "log" || computed.value === null || computed.value.low > 0) return computed;
  return { ...computed, value: null, notDrawn: "Zero cannot be placed on a logarithmic axis; the linear scale draws it." };
}

// Largest first (by the high end), so each panel ranks its programs at a glance; drawn before not
// drawn; then program order as given (the page's program list), headline first, then id so the
// order never depends on the database's. The footnote numbers follow this order.
function compareRows(programOrder: readonly string[]) {
  const rank = (slug: string) => {
    const at = programOrder.indexOf(slug);
    return at === -1 ? programOrder.length : at;
  };
  return (a: ChartRow, b: ChartRow) =>
    Number(a.value === null) - Number(b.value === null) ||
    (b.value?.high ?? 0) - (a.value?.high ?? 0) ||
    rank(a.programSlug) - rank(b.programSlug) ||
    a.programSlug.localeCompare(b.programSlug) ||
    Number(b.isHeadline) - Number(a.isHeadline) ||
    a.id.localeCompare(b.id);
}

function buildPanel(params: CompareParams, key: string, rows: ChartRow[], colours: Record<string, string>): ChartPanel {
  const drawn = rows.flatMap((row) => (row.value ? [row.value.low, row.value.high] : []));
  const domain = domainFor(params.scale, drawn);
  const format = tickFormatter(params, key, domain?.[1] ?? 0);
  const label = (values: number[]) => values.map((value) => ({ value, label: format(value) }));
  const ticks = domain ? label(ticksFor(params.scale, domain)) : [];
  const sparserTicks = domain && params.scale === "linear" ? sparserLinearTicks(domain).map(label) : [];
  return { key, ...panelTitle(params, key), scale: params.scale, domain, ticks, sparserTicks, rows, colours };
}

export function buildCompareChart(
  claims: readonly CompareClaim[],
  params: CompareParams,
  rates: readonly ReferenceRate[],
  programOrder: readonly string[],
  colourOrder: readonly string[] = programOrder,
): CompareChart {
  const rows = selectClaims(claims, params)
    .map((claim) => toRow(claim, params, rates))
    .sort(compareRows(programOrder));
  let n = 0;
  // Over every program of the view's day, whichever are drawn, so each keeps its colour from option to option.
  const drawn = rows.filter((row) => row.value !== null).map((row) => row.programSlug);
  const colours = programColours([...colourOrder, ...rows.map((row) => row.programSlug)], drawn);
  const panels = panelOrder(
    params,
    rows.map((row) => row.panel),
  ).map((key) =>
    buildPanel(
      params,
      key,
      rows.filter((row) => row.panel === key).map((row) => ({ ...row, n: (n += 1) })),
      colours,
    ),
  );
  const ordered = panels.flatMap((panel) => panel.rows);
  return { panels, rows: ordered, notes: chartNotes(params, panels, ordered) };
}
