// The timeline as hand-written SVG, rendered on the server: it is in the HTML before any script runs
// and needs none. Each mark carries its number (the same as in the table below the chart). Images and
// embeds draw plain marks, each with a <title>. On the site (`linked`) each mark is a link to its
// table row's title cell, reachable by keyboard, named by that cell; the row's cells feed the tooltip
// (timeline-tooltip.tsx). Light colours are presentation attributes (what an exported image uses);
// the classes override them on the site and in embeds.
import { markAnchor, numberX, OVERDUE_RING, type TimelineChart as Chart, type TimelineMark } from "@/lib/charts/timeline-layout";
import { OVERDUE_COLOR, StatusGlyph } from "./milestone-status";

type Props = { chart: Chart; title: string; description: string; linked?: boolean; idPrefix?: string; className?: string };

export function TimelineChart({ chart, title, description, linked = false, idPrefix = "timeline", className = "min-w-[40rem]" }: Props) {
  const { plot } = chart;
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width="100%"
      // Links inside an image would be hidden from assistive technology: a linked chart is a group.
      role={linked ? "group" : "img"}
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      className={`block h-auto font-sans text-slate-900 dark:text-slate-100 ${className}`}
      data-testid="timeline-svg"
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      {chart.lanes.map((lane, index) => (
        <g key={lane.key} data-lane={lane.key}>
          <rect
            x={0}
            y={lane.y}
            width={chart.width}
            height={lane.height}
            fill={index % 2 ? "#ffffff" : "#f8fafc"}
            className={index % 2 ? "lane lane-odd fill-white dark:fill-slate-950" : "lane lane-even fill-slate-50 dark:fill-slate-900"}
          />
          <text x={plot.left} y={lane.y + 14} fontSize={12} fontWeight={600} fill="currentColor">
            {lane.label}
          </text>
        </g>
      ))}
      {chart.axis.ticks.map((tick) => (
        <g key={tick.label}>
          <line x1={tick.x} x2={tick.x} y1={plot.top - 6} y2={plot.bottom} stroke="currentColor" strokeOpacity={0.15} />
          <text x={tick.x} y={plot.top - 10} fontSize={11} textAnchor={anchorOf(tick.x, chart.width)} fill="currentColor">
            {tick.label}
          </text>
        </g>
      ))}
      <g data-testid="today-line">
        <line
          x1={chart.today.x}
          x2={chart.today.x}
          y1={plot.top - 4}
          y2={plot.bottom}
          stroke={OVERDUE_COLOR}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
        <text
          x={chart.today.x + (chart.today.anchor === "end" ? -4 : 4)}
          y={plot.bottom + 12}
          fontSize={11}
          textAnchor={chart.today.anchor}
          fill="currentColor"
        >
          Today ({chart.today.date})
        </text>
      </g>
      {/* The marks' numbers inherit their size and colour from here rather than each carrying both. */}
      <g fontSize={11} fill="currentColor">
        {chart.lanes.flatMap((lane) => lane.marks.map((mark) => <Mark key={mark.id} mark={mark} linked={linked} />))}
      </g>
    </svg>
  );
}

// Labels at the very edges would be cut in half by the viewBox.
function anchorOf(x: number, width: number): "start" | "middle" | "end" {
  if (x < 30) return "start";
  return x > width - 30 ? "end" : "middle";
}

function Mark({ mark, linked }: { mark: TimelineMark; linked: boolean }) {
  const data = { "data-mark": mark.n, "data-status": mark.status, "data-overdue": mark.overdue || undefined };
  if (!linked) {
    return (
      <g {...data}>
        <title>{mark.tooltip}</title>
        <MarkShapes mark={mark} />
      </g>
    );
  }
  // A linked mark carries no text of its own: its table row (on the same page) names it (the title
  // cell) and feeds the tooltip. The page then holds each milestone's details once, not again in each
  // of the chart's two layouts, both drawn into the HTML and into the payload React reads. The link
  // itself carries the mark's data (no group inside it: one element less per mark, in each layout).
  const cell = markAnchor(mark.n);
  return (
    <a href={`#${cell}`} aria-labelledby={cell} className="timeline-mark" {...data}>
      <MarkShapes mark={mark} />
    </a>
  );
}

function MarkShapes({ mark }: { mark: TimelineMark }) {
  return (
    <>
      {mark.period && (
        <rect
          x={mark.period.x0}
          y={mark.y - 3}
          width={Math.max(2, mark.period.x1 - mark.period.x0)}
          height={6}
          rx={3}
          fill="currentColor"
          fillOpacity={0.18}
        />
      )}
      {mark.original && (
        <g data-testid="slip">
          <line x1={mark.original.x} x2={mark.x} y1={mark.y} y2={mark.y} stroke="currentColor" strokeWidth={1.5} strokeDasharray="3 2" />
          <circle cx={mark.original.x} cy={mark.y} r={3.5} fill="#ffffff" className="hollow" stroke="currentColor" strokeWidth={1.5} />
        </g>
      )}
      {mark.completion && (
        <g data-testid="late-completion">
          <line x1={mark.x} x2={mark.completion.x} y1={mark.y} y2={mark.y} stroke={OVERDUE_COLOR} strokeWidth={2} />
          <line x1={mark.completion.x} x2={mark.completion.x} y1={mark.y - 5} y2={mark.y + 5} stroke={OVERDUE_COLOR} strokeWidth={2} />
        </g>
      )}
      {mark.overdue && (
        <circle cx={mark.x} cy={mark.y} r={OVERDUE_RING.radius} fill="none" stroke={OVERDUE_COLOR} strokeWidth={OVERDUE_RING.strokeWidth} />
      )}
      <StatusGlyph status={mark.status} x={mark.x} y={mark.y} />
      <text
        x={numberX(mark)}
        y={mark.y}
        dominantBaseline="central"
        textAnchor={mark.numberSide === "left" ? "end" : "start"}
        data-testid="mark-number"
      >
        {mark.n}
      </text>
    </>
  );
}
