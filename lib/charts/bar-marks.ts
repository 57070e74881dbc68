// How each kind of figure is drawn, so shapes and confidence are told apart without colour alone:
//   exact / approximate: a solid bar (≈ in its label);
//   range: a floating bar from low to high with end caps;
//   "up to": a pale bar with a dashed outline and a cap at the ceiling (the figure may be lower);
//   "more than": a solid bar with an arrowhead past its end (the figure may be higher);
//   unverified: hatched; disputed: cross-hatched in red.
// On a log axis a bar's length means nothing, so the same marks become dots at the figure (a range:
// two dots joined by a line). Each bar has its program's colour (program-colour.ts), the same on
// every chart. Each mark carries a <title>, which browsers show as a tooltip with no JavaScript.
import { narrowRowLayout, type BarRow, type ChartGeometry } from "./bar-data";
import type { CreateElement, Element } from "./render-bar-chart";

export const markColours = { disputed: "#b91c1c", label: "#1e293b" } as const;

function patternId(prefix: string, kind: "unverified" | "disputed", colour: string): string {
  return `${prefix}-${kind}-${colour.slice(1)}`;
}

/** One hatch per program colour the chart uses (unverified), and the red cross-hatch (disputed). */
export function patternDefs(h: CreateElement, prefix: string, colours: readonly string[]): Element[] {
  const hatch = (id: string, colour: string, cross: boolean) =>
    h(
      "pattern",
      { key: id, id, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
      h("rect", { width: 6, height: 6, fill: "#ffffff" }),
      h("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: colour, strokeWidth: 3 }),
      cross ? h("line", { x1: 0, y1: 3, x2: 6, y2: 3, stroke: colour, strokeWidth: 1.5 }) : null,
    );
  return [
    ...[...new Set(colours)].map((colour) => hatch(patternId(prefix, "unverified", colour), colour, false)),
    hatch(patternId(prefix, "disputed", markColours.disputed), markColours.disputed, true),
  ];
}

function fillOf(datum: BarRow, prefix: string): string {
  if (datum.confidence === "unverified") return `url(#${patternId(prefix, "unverified", datum.colour)})`;
  if (datum.confidence === "disputed") return `url(#${patternId(prefix, "disputed", markColours.disputed)})`;
  return datum.colour;
}

function strokeOf(datum: BarRow): string {
  return datum.confidence === "disputed" ? markColours.disputed : datum.colour;
}

type Box = { x: number; y: number; width: number; height: number; payload: BarRow };

/**
 * Where a row's bar really goes. recharts centres the bar in its band; the narrow variant moves it
 * below the label lines that it draws above the bar (narrowRowLayout).
 */
export function barBox(box: Box, geometry: ChartGeometry): Box {
  if (geometry.variant === "wide") return box;
  return { ...box, y: narrowRowLayout(geometry, box.payload, bandTop(box, geometry)).barY };
}

function bandTop(box: Box, geometry: ChartGeometry): number {
  return box.y + box.height / 2 - geometry.rowHeight / 2;
}

/** The bar (or dot) itself: recharts clips it to the plot area, so nothing here reaches past the axis. */
export function markElements(h: CreateElement, { x, y, width, height, payload }: Box, prefix: string): Element[] {
  const stroke = strokeOf(payload);
  const end = x + Math.max(width, 1);
  const mid = y + height / 2;
  const mark = {
    "data-shape": payload.shape,
    "data-confidence": payload.confidence,
    "data-program-colour": payload.colour,
    fill: fillOf(payload, prefix),
    fillOpacity: payload.shape === "up_to" ? 0.3 : undefined,
    stroke,
    strokeWidth: 1,
    strokeDasharray: payload.shape === "up_to" ? "4 3" : undefined,
  };
  const parts: Element[] = [h("title", { key: "t" }, payload.tooltip)];
  if (payload.dot) {
    const range = payload.shape === "range";
    if (range) parts.push(h("line", { key: "join", x1: x, x2: end, y1: mid, y2: mid, stroke, strokeWidth: 3 }));
    if (range) parts.push(h("circle", { key: "low", cx: x, cy: mid, r: 6, ...mark, "data-mark": "dot" }));
    parts.push(h("circle", { key: "dot", cx: end, cy: mid, r: 6, ...mark, "data-mark": "dot" }));
    return parts;
  }
  parts.push(h("rect", { key: "bar", x, y, width: Math.max(width, 1), height, ...mark, "data-mark": "bar" }));
  const cap = (key: string, at: number) => h("line", { key, x1: at, x2: at, y1: y - 4, y2: y + height + 4, stroke, strokeWidth: 2 });
  if (payload.shape === "range") parts.push(cap("c1", x), cap("c2", end));
  if (payload.shape === "up_to") parts.push(cap("cap", end));
  return parts;
}

function lines(h: CreateElement, key: string, texts: readonly string[], x: number, ys: readonly number[]): Element[] {
  return texts.map((text, i) => h("tspan", { key: `${key}${i}`, x, y: ys[i] }, text));
}

/**
 * What follows the mark's end: the "more than" arrowhead and the value with its footnote number
 * (wrapped into the right margin, which chartGeometry sized for it). The narrow variant also draws
 * the row's label above the bar here (it has no category axis). `band` is the box recharts gives
 * the row's bar.
 */
export function labelElements(h: CreateElement, band: Box, geometry: ChartGeometry): Element[] {
  const { x, y, width, height, payload } = barBox(band, geometry);
  const end = x + Math.max(width, 1) + (payload.dot ? 6 : 0);
  const mid = y + height / 2;
  const { fontSize, lineHeight } = geometry;
  const parts: Element[] = [h("title", { key: "t" }, payload.tooltip)];
  let labelX = end + 6;
  if (payload.shape === "at_least") {
    parts.push(
      h("path", {
        key: "arrow",
        d: `M${end},${mid - height / 2 - 3} L${end + 9},${mid} L${end},${mid + height / 2 + 3} Z`,
        fill: strokeOf(payload),
      }),
    );
    labelX += 9;
  }
  const narrow = geometry.variant === "narrow" ? narrowRowLayout(geometry, payload, bandTop(band, geometry)) : null;
  // Value lines are drawn on their middle (dominant-baseline: central), label lines on their baseline.
  const valueYs = narrow
    ? narrow.valueLineTops.map((top) => top + lineHeight / 2)
    : payload.valueLines.map((_, i) => mid + (i - (payload.valueLines.length - 1) / 2) * lineHeight);
  parts.push(
    h(
      "text",
      { key: "v", className: "chart-value", dominantBaseline: "central", fontSize, fill: markColours.label },
      ...lines(h, "v", payload.valueLines, labelX, valueYs),
    ),
  );
  if (narrow) {
    parts.push(
      h(
        "text",
        { key: "a", className: "chart-label", fontSize, fontWeight: 600, fill: markColours.label },
        ...lines(
          h,
          "a",
          payload.labelLines,
          geometry.margin.left,
          narrow.labelLineTops.map((top) => top + lineHeight - 3),
        ),
      ),
    );
  }
  return parts;
}
