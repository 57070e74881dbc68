// The key of a chart's numbered marks (the timeline's), as SVG for an image: each group (a program)
// under its name, each mark's number beside a short text, in columns read top to bottom. Texts wrap
// within their column, never cut.
import { wrapText, type TextStyle } from "@/lib/charts/text-wrap";
import { escapeXml } from "./xml";

export type KeyGroup = { heading: string; items: { n: number; text: string }[] };

const STYLE: TextStyle = { fontSize: 14 };
const LINE = 19;
const GROUP_GAP = 8;
const COLUMN_GAP = 32;
// Room for a three-digit number, right-aligned before the text.
const GUTTER = 34;

// One entry and its wrapped lines; a group's heading travels with its first entry, so no column
// ends on a heading alone.
type Unit = { heading: string | null; n: number; lines: string[] };

const unitHeight = (unit: Unit, first: boolean) =>
  (unit.heading !== null && !first ? GROUP_GAP : 0) + (unit.lines.length + (unit.heading === null ? 0 : 1)) * LINE;

/** Units split into at most `count` columns of about equal height, in reading order. */
function balance(all: readonly Unit[], count: number): Unit[][] {
  const target = all.reduce((sum, unit, i) => sum + unitHeight(unit, i === 0), 0) / count;
  const columns: Unit[][] = [[]];
  let height = 0;
  for (const unit of all) {
    const current = columns.at(-1)!;
    const added = unitHeight(unit, current.length === 0);
    // A new column once this one would pass the target by more than half the entry.
    if (current.length > 0 && height + added / 2 > target && columns.length < count) {
      columns.push([unit]);
      height = unitHeight(unit, true);
    } else {
      current.push(unit);
      height += added;
    }
  }
  return columns;
}

function text(x: number, y: number, content: string, extra = ""): string {
  return `<text x="${x}" y="${y}" font-size="${STYLE.fontSize}"${extra} fill="#0f172a">${escapeXml(content)}</text>`;
}

/** The key as a standalone SVG `width` wide, or "" when there is nothing to key. */
export function markKeySvg(groups: readonly KeyGroup[], width: number, columnCount = 2): string {
  const column = (width - COLUMN_GAP * (columnCount - 1)) / columnCount;
  const all = groups.flatMap((group) =>
    group.items.map((item, i): Unit => ({
      heading: i === 0 ? group.heading : null,
      n: item.n,
      lines: wrapText(item.text, column - GUTTER, STYLE),
    })),
  );
  if (all.length === 0) return "";
  let height = 0;
  const parts = balance(all, columnCount).flatMap((units, c) => {
    const x = Math.round(c * (column + COLUMN_GAP));
    let y = 0;
    return units.flatMap((unit, u) => {
      const drawn: string[] = [];
      if (unit.heading !== null) {
        y += u === 0 ? 0 : GROUP_GAP;
        drawn.push(text(x, y + 14, unit.heading, ` font-weight="bold"`));
        y += LINE;
      }
      drawn.push(text(x + GUTTER - 8, y + 14, String(unit.n), ` font-weight="bold" text-anchor="end"`));
      for (const line of unit.lines) {
        drawn.push(text(x + GUTTER, y + 14, line));
        y += LINE;
      }
      height = Math.max(height, y);
      return drawn;
    });
  });
  const h = height + 4;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}">${parts.join("")}</svg>`;
}
