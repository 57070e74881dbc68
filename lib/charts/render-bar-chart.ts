import "server-only";
import type { ChartPanel } from "./compare-types";
import { chartGeometry, fittingTicks, toBarData, type BarRow, type ChartVariant } from "./bar-data";
import { barBox, labelElements, markElements, patternDefs } from "./bar-marks";
import { nodeReact } from "./node-react";

// Charts reach the browser as SVG markup, drawn once on the server by recharts 2.15 (loaded by
// node-react.ts, which says why); no charting code is shipped to the client.
type ReactModule = typeof import("react");

export type Element = ReturnType<ReactModule["createElement"]>;
export type CreateElement = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

/**
 * One panel as static SVG markup (fixed size plus a viewBox; CSS makes it fluid), in the wide layout
 * (labels on an axis) or the narrow one for phones (labels above bars; see chartGeometry). Every text
 * from the database goes through React, which escapes it. Empty string when nothing can be drawn.
 */
export function renderBarChart(panel: ChartPanel, options: { idPrefix: string; title: string; variant?: ChartVariant }): string {
  if (panel.domain === null) return "";
  const { React, renderToStaticMarkup, recharts: R } = nodeReact();
  const h: CreateElement = (type, props, ...children) => React.createElement(type as string, props, ...(children as never[]));
  const geometry = chartGeometry(toBarData(panel), options.variant);
  const { rows, fontSize, lineHeight } = geometry;
  const narrow = geometry.variant === "narrow";
  const byId = new Map(rows.map((row) => [row.id, row]));
  const plotWidth = geometry.width - geometry.margin.left - geometry.margin.right;
  const ticks = fittingTicks(panel, plotWidth, fontSize);
  // From the ticks drawn, which may be a sparser set than the panel's own (0, 250, 500).
  const tickLabels = new Map(ticks.map((t) => [t.value, t.label]));
  const shape = (props: { x: number; y: number; width: number; height: number; payload: BarRow }) =>
    h(
      "g",
      null,
      ...markElements(h, barBox({ ...props, payload: byId.get(props.payload.id) ?? props.payload }, geometry), options.idPrefix),
    );
  // Labels go through the Bar's label list, which recharts draws outside the plot-area clip (the
  // bars are clipped because of allowDataOverflow), so the text may run into the right margin.
  const label = (props: { index: number; viewBox: { x: number; y: number; width: number; height: number } }) => {
    const payload = rows[props.index];
    return payload ? h("g", { key: `l${props.index}` }, ...labelElements(h, { ...props.viewBox, payload }, geometry)) : null;
  };
  // The wide variant's category axis: each label wrapped onto as many lines as it needs, centred on its bar.
  const categoryTick = (props: { x: number; y: number; payload: { value: string } }) => {
    const row = byId.get(props.payload.value);
    if (!row) return h("g", null);
    const first = props.y - ((row.labelLines.length - 1) * lineHeight) / 2;
    return h(
      "text",
      { x: props.x, y: first, textAnchor: "end", dominantBaseline: "central", fontSize, fill: "#1e293b", className: "chart-label" },
      ...row.labelLines.map((text, i) => h("tspan", { key: i, x: props.x, y: first + i * lineHeight }, text)),
    );
  };

  return renderToStaticMarkup(
    // Explicit ids: recharts otherwise numbers its clip paths from a process-wide counter, so the
    // same chart drawn twice would differ (and so would the ETag of an embed or image).
    h(
      R.BarChart,
      {
        id: `${options.idPrefix}-chart`,
        width: geometry.width,
        height: geometry.height,
        data: rows,
        layout: "vertical",
        margin: geometry.margin,
        title: options.title,
        desc: `${panel.axisLabel}. The table view and the footnotes list the same figures with their sources.`,
        role: "img",
        "aria-label": options.title,
      },
      h(
        "defs",
        null,
        ...patternDefs(
          h,
          options.idPrefix,
          rows.map((row) => row.colour),
        ),
      ),
      h(R.CartesianGrid, { horizontal: false, stroke: "#e2e8f0" }),
      h(R.XAxis, {
        type: "number",
        scale: panel.scale,
        domain: [...panel.domain],
        allowDataOverflow: true,
        ticks: ticks.map((t) => t.value),
        interval: narrow ? "preserveStartEnd" : 0,
        tick: { fontSize, fill: "#475569" },
        tickFormatter: (value: number) => tickLabels.get(value) ?? String(value),
        // On a phone the axis' name would not fit on one line: the page prints it under the chart.
        label: narrow
          ? undefined
          : { value: panel.axisLabel, position: "insideBottom", offset: -geometry.axisLabelOffset, fontSize, fill: "#334155" },
      }),
      h(R.YAxis, { type: "category", dataKey: "id", width: geometry.yAxisWidth, hide: narrow, interval: 0, tick: categoryTick }),
      h(R.Bar, { id: `${options.idPrefix}-bar`, dataKey: "span", isAnimationActive: false, barSize: geometry.barSize, shape, label }),
    ),
  );
}
