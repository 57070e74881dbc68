// Places a chart's own SVG (recharts' panel, the timeline) inside the image document. What the
// page's HTML needs around and on it is dropped: recharts' wrapper <div>s, the fluid
// style="width:100%", classes, ARIA. The viewBox stays, so the chart scales to the slot it is given.

export type ViewBox = { x: number; y: number; width: number; height: number };

/** The first outermost <svg>…</svg> of some markup, or null when there is none. */
export function extractSvg(markup: string): { open: string; inner: string } | null {
  const start = markup.search(/<svg\b/);
  if (start < 0) return null;
  const tags = /<svg\b[^>]*?(\/?)>|<\/svg\s*>/g;
  tags.lastIndex = start;
  let depth = 0;
  let open = "";
  let innerStart = 0;
  for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
    const closing = match[0].startsWith("</");
    if (!closing && match[1] === "/") {
      if (depth === 0) return { open: match[0], inner: "" };
      continue;
    }
    if (!closing) {
      if (depth === 0) [open, innerStart] = [match[0], match.index + match[0].length];
      depth += 1;
      continue;
    }
    depth -= 1;
    if (depth === 0) return { open, inner: markup.slice(innerStart, match.index) };
  }
  return null;
}

/** The viewBox of an opening <svg> tag, or null without a usable one. */
export function viewBoxOf(openTag: string): ViewBox | null {
  const attribute = /\sviewBox="([^"]*)"/.exec(openTag);
  if (!attribute) return null;
  const numbers = attribute[1]!
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [x, y, width, height] = numbers as [number, number, number, number];
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

export type NestedSvg = { markup: string; height: number };

export type Slot = { x: number; y: number; width: number; maxScale?: number; color?: string };

/**
 * The chart as a nested <svg> at (x, y), at most `width` wide and at most `maxScale` times its own
 * size (so its text is not blown up past the image's), its height from the viewBox's aspect ratio.
 * `color` is what the chart's currentColor marks are drawn in (the page sets it through CSS).
 */
export function nestSvg(markup: string, slot: Slot): NestedSvg | null {
  const svg = extractSvg(markup);
  const box = svg ? viewBoxOf(svg.open) : null;
  if (!svg || !box) return null;
  const width = round(Math.min(slot.width, box.width * (slot.maxScale ?? Infinity)));
  const height = round((width * box.height) / box.width);
  const attributes = [
    `x="${round(slot.x)}"`,
    `y="${round(slot.y)}"`,
    `width="${width}"`,
    `height="${height}"`,
    `viewBox="${box.x} ${box.y} ${box.width} ${box.height}"`,
    `font-family="DejaVu Sans"`,
    `color="${slot.color ?? "#0f172a"}"`,
  ];
  return { markup: `<svg ${attributes.join(" ")}>${svg.inner}</svg>`, height };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
