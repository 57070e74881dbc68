// What a journalist pastes into a CMS, and the protocol between an embed and the page around it.
//
// - The iframe snippet works alone: a titled, lazy iframe with a reserved height. The script line
//   after it is optional; where the CMS keeps it, /embed.js resizes the iframe to fit its chart.
// - The script snippet is a placeholder <div data-compute-atlas-embed="<embed URL>"> that
//   /embed.js replaces with the same iframe. Until then (or forever, where the CMS strips scripts)
//   the placeholder shows a linked PNG of the chart with its title as alt text.
// - Height messages: the embed posts { type: EMBED_MESSAGE, height } to its parent, with an
//   explicit target origin (the parent's origin, from the `#origin=` fragment /embed.js adds, else
//   from document.referrer). /embed.js accepts a message only from our origin and from the
//   contentWindow of one of its iframes. When /embed.js starts after an iframe snippet's embed
//   has already reported, it posts { type: EMBED_MEASURE_MESSAGE } to that iframe (target: our
//   origin), and the embed, accepting it only from its parent window and the parent's origin,
//   posts its height again.
export const EMBED_ATTRIBUTE = "data-compute-atlas-embed";
export const EMBED_MESSAGE = "compute-atlas:height";
export const EMBED_MEASURE_MESSAGE = "compute-atlas:measure";
export const EMBED_SCRIPT_PATH = "/embed.js";

export type SnippetInput = {
  /** Absolute origin of this site, e.g. https://atlas.example (no trailing slash). */
  origin: string;
  /** Path of the embed (embedPath) and of its image (imagePath), both from chart-ref.ts. */
  embedPath: string;
  imagePath: string;
  /** Path of the chart's page (pagePath), for the no-script fallback link. */
  pagePath: string;
  title: string;
  height: number;
};

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values safe inside HTML (titles come from the database). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

function scriptTag(origin: string): string {
  return `<script async src="${escapeHtml(origin + EMBED_SCRIPT_PATH)}"></script>`;
}

/** The iframe on its own line, then the optional resizing script. */
export function iframeSnippet(input: SnippetInput): string {
  const src = escapeHtml(input.origin + input.embedPath);
  const iframe =
    `<iframe src="${src}" title="${escapeHtml(input.title)}" loading="lazy" style="width:100%;` +
    `height:${Math.round(input.height)}px;border:0" ${EMBED_ATTRIBUTE}-frame></iframe>`;
  return `${iframe}\n${scriptTag(input.origin)}`;
}

/** The placeholder /embed.js turns into an iframe, with a linked image for script-less pages. */
export function scriptSnippet(input: SnippetInput): string {
  const title = escapeHtml(input.title);
  const fallback =
    `<a href="${escapeHtml(input.origin + input.pagePath)}"><img src="` +
    `${escapeHtml(input.origin + input.imagePath)}" alt="${title}" style="width:100%;height:auto"></a>`;
  const placeholder =
    `<div ${EMBED_ATTRIBUTE}="${escapeHtml(input.origin + input.embedPath)}" data-title="${title}" ` +
    `data-height="${Math.round(input.height)}" style="min-height:${Math.round(input.height)}px">${fallback}</div>`;
  return `${placeholder}\n${scriptTag(input.origin)}`;
}
