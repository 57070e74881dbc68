// How each kind of figure is drawn, so shapes and confidence are told apart without colour alone:
//   exact / approximate: a solid bar (≈ in its label);
//   range: a floating bar from low to high with end caps;
//   "up to": a pale bar with a dashed outline and a cap at the ceiling (the figure may be lower);
//   "more than": a solid bar with an arrowhead past its end (the figure may be higher);
//   unverified: hatched; disputed: cross-hatched in red.
// Each mark carries a <title>, which browsers show as a tooltip with no JavaScript.
import type { BarDatum } from "./bar-data";
import type { CreateElement, Element } from "./render-bar-chart";

export const markColours = { solid: "#1d4ed8", pale: "#bfdbfe", disputed: "#b91c1c", label: "#1e293b" } as const;

export function patternDefs(h: CreateElement, prefix: string): Element[] {
  const hatch = (id: string, colour: string, cross: boolean) =>
    h("pattern", { key: id, id: `${prefix}-${id}`, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" },
      h("rect", { width: 6, height: 6, fill: "#ffffff" }),
      h("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: colour, strokeWidth: 3 }),
      cross ? h("line", { x1: 0, y1: 3, x2: 6, y2: 3, stroke: colour, strokeWidth: 1.5 }) : null);
  return [hatch("unverified", markColours.solid, false), hatch("disputed", markColours.disputed, true)];
}

function fillOf(datum: BarDatum, prefix: string): string {
  if (datum.confidence === "unverified") return `url(#${prefix}-unverified)`;
  if (datum.confidence === "disputed") return `url(#${prefix}-disputed)`;
  return datum.shape === "up_to" ? markColours.pale : markColours.solid;
}

type Box = { x: number; y: number; width: number; height: number; payload: BarDatum };

function strokeOf(datum: BarDatum): string {
  return datum.confidence === "disputed" ? markColours.disputed : markColours.solid;
}

/** The bar itself: recharts clips it to the plot area, so nothing here reaches past the axis. */
export function markElements(h: CreateElement, { x, y, width, height, payload }: Box, prefix: string): Element[] {
  const stroke = strokeOf(payload);
  const end = x + Math.max(width, 1);
  const parts: Element[] = [
    h("title", { key: "t" }, payload.tooltip),
    h("rect", {
      key: "bar", x, y, width: Math.max(width, 1), height, fill: fillOf(payload, prefix), stroke,
      strokeWidth: 1, strokeDasharray: payload.shape === "up_to" ? "4 3" : undefined,
      "data-shape": payload.shape, "data-confidence": payload.confidence,
    }),
  ];
  const cap = (key: string, at: number) => h("line", { key, x1: at, x2: at, y1: y - 4, y2: y + height + 4, stroke, strokeWidth: 2 });
  if (payload.shape === "range") parts.push(cap("c1", x), cap("c2", end));
  if (payload.shape === "up_to") parts.push(cap("cap", end));
  return parts;
}

/** What follows the bar's end: the "more than" arrowhead and the value with its footnote number. */
export function labelElements(h: CreateElement, { x, y, width, height, payload }: Box): Element[] {
  const end = x + Math.max(width, 1);
  const mid = y + height / 2;
  const parts: Element[] = [h("title", { key: "t" }, payload.tooltip)];
  let labelX = end + 6;
  if (payload.shape === "at_least") {
    parts.push(h("path", { key: "arrow", d: `M${end},${y - 3} L${end + 9},${mid} L${end},${y + height + 3} Z`, fill: strokeOf(payload) }));
    labelX += 9;
  }
  parts.push(h("text", { key: "v", x: labelX, y: mid, dominantBaseline: "central", fontSize: 12, fill: markColours.label }, payload.valueLabel));
  return parts;
}
