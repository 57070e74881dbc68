// What each mark of a panel needs to be drawn: its span on the axis, its axis label and its
// tooltip text. Pure, so the geometry and the tooltip texts are unit-tested without rendering.
import type { AxisTick, ChartPanel, ChartRow } from "./compare-types";
import { estimateWidth, unbreakableWords, wrapText } from "@/lib/charts/text-wrap";
import { magnitudeWords } from "./format-quantity";
import { programColour } from "./program-colour";
import { barSpan } from "./scale";

export type BarDatum = {
  id: string;
  n: number;
  span: [number, number];
  shape: ChartRow["shape"];
  confidence: ChartRow["confidence"];
  axisLabel: string;
  valueLabel: string;
  /** The program's colour, the same on every chart. */
  colour: string;
  /** On a log axis a bar's length means nothing, so the figure is drawn as a dot (a range as two, joined). */
  dot: boolean;
  tooltip: string;
};

// The program, and when it has several marks on the panel the claim's kind, which tells those marks
// apart. A panel of one program's claims (its page, its embed) names the claims instead: the chart's
// title already names the program. Never cut: the renderer wraps a long label onto more lines.
export function axisLabel(row: ChartRow, several: boolean, oneProgram = false): string {
  if (oneProgram && several) return row.label;
  if (!several) return row.programName;
  return `${row.programName} · ${row.kind.replaceAll("_", " ")}`;
}

/** Everything a reader needs about a mark, as the SVG <title> shows it on hover. */
export function tooltipText(row: ChartRow): string {
  const lines = [
    `${row.programName}: ${row.label}`,
    row.original === row.text ? row.text : `${row.text} (stated: ${row.original})`,
    row.conversion ?? (row.original === row.text ? "As stated; not converted." : null),
    `${row.kind.replaceAll("_", " ")} · ${row.confidence}${row.asOfLabel ? ` · as of ${row.asOfLabel}` : ""}`,
    `Source: ${row.source.publisher}${row.source.publishedLabel ? `, ${row.source.publishedLabel}` : ""}: ${row.source.title}`,
  ];
  return lines.filter((line): line is string => line !== null).join("\n");
}

// A count reads "2 million accelerators" with an ordinary space, as the API's text keeps it; a
// drawn label must not break between "2" and "million", so it joins them with a no-break space.
const MAGNITUDE_WORD = new RegExp(`(\\d) (${magnitudeWords.join("|")})\\b`, "g");

/** A figure's text as a chart draws it, every number held to its unit. */
export function drawnFigure(text: string): string {
  return text.replace(MAGNITUDE_WORD, "$1\u00a0$2");
}

export function toBarData(panel: ChartPanel): BarDatum[] {
  const domain = panel.domain;
  if (domain === null) return [];
  const counts = new Map<string, number>();
  for (const row of panel.rows) if (row.value) counts.set(row.programSlug, (counts.get(row.programSlug) ?? 0) + 1);
  return panel.rows.flatMap((row) => {
    if (row.value === null) return [];
    return [
      {
        id: row.id,
        n: row.n,
        span: barSpan(panel.scale, domain, row.value.low, row.value.high, row.shape === "range"),
        shape: row.shape,
        confidence: row.confidence,
        axisLabel: axisLabel(row, (counts.get(row.programSlug) ?? 0) > 1, counts.size === 1),
        // The footnote number is held to its figure by a no-break space, as the figure's number is to
        // its unit, so a wrap falls only between the words of a qualifier ("≈ more than").
        valueLabel: `${drawnFigure(row.text)}\u00a0[${row.n}]`,
        tooltip: tooltipText(row),
        colour: panel.colours[row.programSlug] ?? programColour(row.programSlug),
        dot: panel.scale === "log",
      },
    ];
  });
}

export type ChartVariant = "wide" | "narrow";

/** The width each variant is laid out for; CSS scales it to its column (embeds cap the scale). */
export const BAR_CHART_WIDTHS: Record<ChartVariant, number> = { wide: 680, narrow: 360 };

export type BarRow = BarDatum & { labelLines: string[]; valueLines: string[] };

/**
 * Pixel geometry of one variant; the SVG's viewBox lets CSS scale it to the column width. "wide" puts
 * the labels on an axis left of the bars; "narrow" (phones) puts each label above its bar, across
 * the full width, with larger text so it stays ≥ 11 px when scaled to a 390 px screen. Labels and
 * values wrap (never cut), and the right margin is as wide as the longest value needs, so no value
 * runs off the chart. Widths are estimated from DejaVu Sans, widened by a tenth for other fonts.
 */
export function chartGeometry(data: readonly BarDatum[], variant: ChartVariant = "wide") {
  const narrow = variant === "narrow";
  const fontSize = narrow ? 13 : 12;
  const lineHeight = fontSize + 2;
  const width = BAR_CHART_WIDTHS[variant];
  const yAxisWidth = narrow ? 0 : 200;
  const style = { fontSize };
  const measure = (text: string) => estimateWidth(text, style) * 1.1;
  // As wide as the longest value, within a cap; never narrower than its widest unbreakable part
  // ("₹10,371.92 crore [4]"), which would otherwise be cut between a number and its unit.
  const widestFigure = Math.max(0, ...data.flatMap((d) => unbreakableWords(d.valueLabel).map(measure)));
  const valueWidth = Math.max(widestFigure, Math.min(narrow ? 130 : 210, Math.max(40, ...data.map((d) => measure(d.valueLabel)))));
  const wrap = (text: string, max: number, bold = false) => wrapText(text, max / 1.1, { ...style, bold });
  const rows: BarRow[] = data.map((d) => ({
    ...d,
    // The narrow variant's labels are bold (they head their bars), so they are measured bold.
    labelLines: narrow ? wrap(d.axisLabel, width - 30, true) : wrap(d.axisLabel, yAxisWidth - 12),
    valueLines: wrap(d.valueLabel, valueWidth),
  }));
  const barSize = 16;
  const most = (pick: (row: BarRow) => number) => Math.max(1, ...rows.map(pick));
  // Every row's band is as tall as the most lines any row needs (recharts draws equal bands): in
  // the narrow variant, the label room above the bar and the value room beside it.
  const labelRoom = most((r) => r.labelLines.length) * lineHeight;
  const valueRoom = Math.max(barSize, most((r) => r.valueLines.length) * lineHeight);
  const rowHeight = narrow
    ? labelRoom + LABEL_GAP + valueRoom + 10
    : Math.max(34, most((r) => Math.max(r.labelLines.length, r.valueLines.length)) * lineHeight + 10);
  // Room for the "more than" arrowhead (9 px) and the gap before the value.
  // The narrow variant has no category axis, so its left margin holds half of the first tick label ("$10 M").
  const margin = { top: 8, right: Math.ceil(valueWidth) + 24, bottom: narrow ? 12 : 36, left: narrow ? 22 : 4 };
  return {
    variant,
    width,
    fontSize,
    lineHeight,
    rows,
    rowHeight,
    labelRoom,
    valueRoom,
    margin,
    barSize,
    yAxisWidth,
    height: margin.top + margin.bottom + 30 + rows.length * rowHeight,
    axisLabelOffset: 24,
  };
}

export type ChartGeometry = ReturnType<typeof chartGeometry>;

// The space between a narrow row's label and its bar.
const LABEL_GAP = 4;

/**
 * Where a narrow row's texts and bar go, from the top of its band: each text line as the top of its
 * line box (`lineHeight` tall). The label's lines sit at the foot of the label room, just above the
 * bar; the bar and its value lines are centred in the value room below it. The two rooms never
 * share a pixel, so a value wrapped onto several lines cannot reach up into the label (or into the
 * row above).
 */
export function narrowRowLayout(geometry: ChartGeometry, row: BarRow, bandTop: number) {
  const { lineHeight, labelRoom, valueRoom, barSize } = geometry;
  const labelTop = bandTop + labelRoom - row.labelLines.length * lineHeight;
  const mid = bandTop + labelRoom + LABEL_GAP + valueRoom / 2;
  const valueTop = mid - (row.valueLines.length * lineHeight) / 2;
  return {
    labelLineTops: row.labelLines.map((_, i) => labelTop + i * lineHeight),
    barY: mid - barSize / 2,
    valueLineTops: row.valueLines.map((_, i) => valueTop + i * lineHeight),
  };
}

/**
 * The axis ticks whose labels fit side by side. A linear axis keeps its own ticks where they fit,
 * else the first of its sparser sets that fits (each starts at 0: a bar's length is read from
 * there), else the sparsest. A log axis keeps every k-th, counted back from the last (the one that
 * names the unit), with k the smallest step at which no two labels touch. recharts cannot measure
 * text on the server, so it would draw every label, overlapping on a phone ("$0$100$200…").
 */
export function fittingTicks(panel: Pick<ChartPanel, "ticks" | "sparserTicks">, plotWidth: number, fontSize: number): AxisTick[] {
  const room = (ticks: readonly AxisTick[]) => Math.max(...ticks.map((tick) => estimateWidth(tick.label, { fontSize }) * 1.1)) + 8;
  const spacing = (ticks: readonly AxisTick[]) => plotWidth / (ticks.length - 1);
  if (panel.sparserTicks.length > 0) {
    const sets = [panel.ticks, ...panel.sparserTicks];
    return [...(sets.find((ticks) => ticks.length < 2 || spacing(ticks) >= room(ticks)) ?? sets.at(-1)!)];
  }
  const ticks = panel.ticks;
  if (ticks.length < 3) return [...ticks];
  const step = Math.max(1, Math.ceil(room(ticks) / spacing(ticks)));
  return ticks.filter((_, i) => (ticks.length - 1 - i) % step === 0);
}
