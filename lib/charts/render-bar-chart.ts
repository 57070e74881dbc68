import "server-only";
import type { ChartPanel } from "./compare-types";
import { chartGeometry, toBarData, type BarDatum } from "./bar-data";
import { labelElements, markElements, patternDefs } from "./bar-marks";
import { nodeReact } from "./node-react";

// Charts reach the browser as SVG markup, drawn once on the server by recharts 2.15 (loaded by
// node-react.ts, which says why); no charting code is shipped to the client.
type ReactModule = typeof import("react");

export type Element = ReturnType<ReactModule["createElement"]>;
export type CreateElement = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

/**
 * One panel as static SVG markup (fixed size plus a viewBox; CSS makes it fluid). Every text from
 * the database goes through React, which escapes it. Empty string when nothing can be drawn.
 */
export function renderBarChart(panel: ChartPanel, options: { idPrefix: string; title: string }): string {
  if (panel.domain === null) return "";
  const { React, renderToStaticMarkup, recharts: R } = nodeReact();
  const h: CreateElement = (type, props, ...children) => React.createElement(type as string, props, ...(children as never[]));
  const data = toBarData(panel);
  const geometry = chartGeometry(data.length);
  const labels = new Map(data.map((d) => [d.id, d.axisLabel]));
  const tickLabels = new Map(panel.ticks.map((t) => [t.value, t.label]));
  const shape = (props: { x: number; y: number; width: number; height: number; payload: BarDatum }) => h("g", null, ...markElements(h, props, options.idPrefix));
  // Labels go through the Bar's label list, which recharts draws outside the plot-area clip (the
  // bars are clipped because of allowDataOverflow), so the text may run into the right margin.
  const label = (props: { index: number; viewBox: { x: number; y: number; width: number; height: number } }) => {
    const payload = data[props.index];
    return payload ? h("g", { key: `l${props.index}` }, ...labelElements(h, { ...props.viewBox, payload })) : null;
  };

  return renderToStaticMarkup(
    // Explicit ids: recharts otherwise numbers its clip paths from a process-wide counter, so the
    // same chart drawn twice would differ (and so would the ETag of an embed or image).
    h(R.BarChart, {
      id: `${options.idPrefix}-chart`,
      width: geometry.width, height: geometry.height, data, layout: "vertical", margin: geometry.margin,
      title: options.title, desc: `${panel.axisLabel}. The table view and the footnotes list the same figures with their sources.`,
      role: "img", "aria-label": options.title,
    },
    h("defs", null, ...patternDefs(h, options.idPrefix)),
    h(R.CartesianGrid, { horizontal: false, stroke: "#e2e8f0" }),
    h(R.XAxis, {
      type: "number", scale: panel.scale, domain: [...panel.domain], allowDataOverflow: true,
      ticks: panel.ticks.map((t) => t.value), interval: 0, tick: { fontSize: 12, fill: "#475569" },
      tickFormatter: (value: number) => tickLabels.get(value) ?? String(value),
      label: { value: panel.axisLabel, position: "insideBottom", offset: -geometry.axisLabelOffset, fontSize: 12, fill: "#334155" },
    }),
    h(R.YAxis, {
      type: "category", dataKey: "id", width: geometry.yAxisWidth, interval: 0, tick: { fontSize: 12, fill: "#1e293b" },
      tickFormatter: (id: string) => labels.get(id) ?? "",
    }),
    h(R.Bar, { id: `${options.idPrefix}-bar`, dataKey: "span", isAnimationActive: false, barSize: geometry.barSize, shape, label })),
  );
}
