// npm run bench:embed — what a reader's browser downloads for each kind of embed, measured as
// bench:weight measures pages: a production build served by `npm start` on a fresh embedded
// database, each response gzipped (level 9, as a CDN would). "Total" is the HTML plus every script,
// stylesheet and image it loads; "JS" is the scripts alone. Budgets from the journalists' issue:
// at most 10 KB of gzipped JS and 40 KB gzipped in all, per embed.
import { fetchBody, gzipped, kb, withServedApp } from "./served-app";

const embeds: [string, string][] = [
  ["compare", "/embed/compare"],
  ["timeline", "/embed/timeline"],
  ["program funding", "/embed/program/stargate"],
  ["program timeline", "/embed/program/stargate?chart=timeline"],
];
const budget = { js: 10 * 1024, total: 40 * 1024 };

/** What the HTML makes the browser fetch: scripts, stylesheets and images. */
export function assetsOf(html: string): { scripts: string[]; others: string[] } {
  const attribute = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  const scripts = attribute(/<script[^>]*\ssrc="([^"]+)"/g);
  const others = [
    ...attribute(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...attribute(/<img[^>]*\ssrc="([^"]+)"/g),
    ...attribute(/<image[^>]*\shref="([^"]+)"/g),
  ];
  return { scripts: [...new Set(scripts)], others: [...new Set(others)].filter((src) => !src.startsWith("data:")) };
}

async function measure(base: string, embed: string) {
  const html = await fetchBody(base + embed);
  const { scripts, others } = assetsOf(html.toString("utf8"));
  let js = 0;
  for (const src of scripts) js += gzipped(await fetchBody(new URL(src, base + embed).toString()));
  let rest = 0;
  for (const src of others) rest += gzipped(await fetchBody(new URL(src, base + embed).toString()));
  return { html: gzipped(html), js, total: gzipped(html) + js + rest, files: 1 + scripts.length + others.length };
}

const within = (bytes: number, limit: number) => (bytes <= limit ? "ok" : "OVER");

await withServedApp(async (base) => {
  console.log(`Budgets per embed: JS ≤ ${kb(budget.js)}, total ≤ ${kb(budget.total)} (gzipped)`);
  console.log(
    "embed".padEnd(18),
    "HTML (gz)".padStart(10),
    "JS (gz)".padStart(10),
    "files".padStart(6),
    "total (gz)".padStart(11),
    "  JS budget",
    " total budget",
  );
  for (const [name, embed] of embeds) {
    const { html, js, total, files } = await measure(base, embed);
    console.log(
      name.padEnd(18),
      kb(html).padStart(10),
      kb(js).padStart(10),
      String(files).padStart(6),
      kb(total).padStart(11),
      `  ${within(js, budget.js).padStart(9)}`,
      ` ${within(total, budget.total).padStart(12)}`,
    );
  }
  const parentScript = await fetchBody(`${base}/embed.js`);
  console.log(`/embed.js (on the host page): ${kb(parentScript.length)} raw, ${kb(gzipped(parentScript))} gzipped`);
});
