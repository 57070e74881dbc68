// The embed's whole stylesheet, inline (no Tailwind bundle: an embed must stay a few KB).
// Every colour is a variable, so a theme is one block of variables (but the shape legend's swatches,
// a neutral slate in every theme, as on the site). The charts carry their light
// colours as SVG presentation attributes (what an exported image draws); the rules below override
// them through the variables, which CSS may do (a stylesheet beats a presentation attribute).
import { BAR_CHART_WIDTHS } from "@/lib/charts/bar-data";
import { legendSwatchColours } from "@/lib/charts/legend";
import { TIMELINE_GEOMETRY } from "@/lib/charts/timeline-layout";

const light =
  "color-scheme:light;--bg:#fff;--fg:#0f172a;--muted:#475569;--line:#cbd5e1;--grid:#e2e8f0;" +
  "--link:#1d4ed8;--bar:#1d4ed8;--pale:#bfdbfe;--red:#b91c1c;--lane-even:#f8fafc;--lane-odd:#fff;" +
  "--note-bg:#fffbeb;--note-line:#f59e0b";
const dark =
  "color-scheme:dark;--bg:#0f172a;--fg:#f1f5f9;--muted:#cbd5e1;--line:#475569;--grid:#334155;" +
  "--link:#93c5fd;--bar:#60a5fa;--pale:#1e3a8a;--red:#f87171;--lane-even:#1e293b;" +
  "--lane-odd:#0f172a;--note-bg:#422006;--note-line:#f59e0b";

const swatch = legendSwatchColours;
// How far a drawn chart may grow past the width it was laid out for.
export const MAX_CHART_SCALE = 1.25;
const maxWide = (drawnWidth: number) => Math.round(drawnWidth * MAX_CHART_SCALE);

export const embedCss = [
  `:root{${light}}`,
  `html[data-theme=dark]{${dark}}`,
  `@media (prefers-color-scheme:dark){html[data-theme=auto],html[data-theme=transparent]{${dark}}}`,
  // Transparent: the host page shows through (no color-scheme either: a scheme differing from the
  // host's makes the browser paint the iframe opaque); hatch backgrounds stay see-through too.
  "html[data-theme=transparent]{--bg:transparent;--lane-even:transparent;--lane-odd:transparent;color-scheme:normal}",
  "html,body{margin:0;background:var(--bg);color:var(--fg)}",
  "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}",
  "main{padding:12px 14px}",
  "h1{font-size:1.05rem;line-height:1.3;margin:0 0 .5rem}",
  "h2{font-size:.95rem;margin:.75rem 0 .25rem}",
  "a{color:var(--link)}",
  "p{margin:.4rem 0}figure{margin:0}",
  ".notice{border-left:3px solid var(--note-line);background:var(--note-bg);padding:.3rem .6rem;font-size:.85rem}",
  ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}",
  // Fluid: the SVG follows the frame's width through its viewBox; below a readable width the
  // figure scrolls sideways instead of shrinking its text to nothing (the table has every figure).
  ".scroll{overflow-x:auto}",
  ".scroll:focus-visible{outline:2px solid var(--link)}",
  ".recharts-wrapper,.chart svg{width:100%!important;height:auto!important}",
  ".chart svg{display:block;font-family:inherit}.chart .wide svg{min-width:540px}",
  // A wide frame (a 1280 px page) would stretch the drawing and its text ×1.8: at most ×1.25, centred.
  `.chart .wide{max-width:${maxWide(BAR_CHART_WIDTHS.wide)}px;margin:0 auto}.chart.timeline .wide{max-width:${maxWide(TIMELINE_GEOMETRY.width)}px}`,
  // Phones: the narrow layout (drawn for 340–360 px, 11 px text and up) replaces the wide one.
  ".chart .narrow{display:none}@media (max-width:639px){.chart .wide{display:none}.chart .narrow{display:block}}",
  ".chart text{fill:var(--fg)}",
  ".recharts-cartesian-grid line{stroke:var(--grid)}",
  ".recharts-cartesian-axis-line,.recharts-cartesian-axis-tick-line{stroke:var(--line)}",
  ".chart [fill='#1d4ed8']{fill:var(--bar)}.chart [stroke='#1d4ed8']{stroke:var(--bar)}",
  ".chart [fill='#bfdbfe']{fill:var(--pale)}.chart pattern rect{fill:var(--bg)}",
  ".chart [fill='#b91c1c']{fill:var(--red)}.chart [stroke='#b91c1c']{stroke:var(--red)}",
  ".lane-even{fill:var(--lane-even)}.lane-odd{fill:var(--lane-odd)}.hollow,.legend circle:not([fill]){fill:var(--bg)}",
  "ul.legend,.legend ul{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0;margin:.4rem 0;font-size:.8rem}",
  // The timeline's status badges (an icon and a word in one span) keep the site's gap between the two.
  ".legend li,.legend [data-status]{display:inline-flex;align-items:center;gap:.3rem}",
  // The shape legend's swatches: the site's neutral slate (legend.ts), in every theme, as on the site.
  `.swatch{display:inline-block;width:1.75rem;height:.75rem;box-sizing:border-box;background:${swatch.mark}}`,
  `.swatch-range{border-left:3px solid ${swatch.mark};border-right:3px solid ${swatch.mark};margin-left:8px}`,
  `.swatch-up_to{background:${swatch.pale};border:1px dashed ${swatch.mark};border-right:3px solid ${swatch.mark}}`,
  ".swatch-at_least{clip-path:polygon(0 0,75% 0,100% 50%,75% 100%,0 100%)}",
  `.swatch-unverified{background:repeating-linear-gradient(45deg,${swatch.mark} 0 3px,var(--bg) 3px 6px);border:1px solid ${swatch.mark}}`,
  `.swatch-disputed{background:repeating-linear-gradient(45deg,${swatch.disputed} 0 3px,var(--bg) 3px 6px);border:1px solid ${swatch.disputed}}`,
  // The map scales down with the frame (no minimum width: a country stays a link at 390 px).
  ".map svg{display:block;width:100%;height:auto}.map-legend .swatch{width:1.5rem}",
  ".map-countries{list-style:none;padding:0;font-size:.85rem}.map-countries ul{padding-left:1rem;margin:.1rem 0 .3rem}",
  ".notes{font-size:.8rem;color:var(--muted);padding-left:1.1rem;margin:.4rem 0}",
  "footer{margin-top:.6rem;padding-top:.4rem;border-top:1px solid var(--line);font-size:.8rem;color:var(--muted)}",
  "footer ol{list-style:none;padding:0;margin:.3rem 0 .4rem}",
  "footer p{margin:.2rem 0}summary{cursor:pointer;color:var(--link)}summary:focus-visible{outline:2px solid var(--link)}",
  "footer a{color:var(--link)}",
].join("\n");
