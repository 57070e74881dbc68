// npm run bench:weight — what a reader's browser downloads for each page, measured on a production
// build served by `npm start` on a fresh embedded database: the HTML and every script the HTML
// references, each gzipped (level 9, as a CDN would), summed. "JS" is the first-load JavaScript.
import { fetchBody, gzipped, kb, withServedApp } from "./served-app";

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/compare", "/programs", "/timeline"];

/** Script URLs in the HTML: <script src> and the <link rel=modulepreload|preload as=script> hints. */
export function scriptUrlsOf(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g)]
    .filter((m) => /as="script"/.test(m[0]) || /modulepreload/.test(m[0]))
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => Boolean(href));
  return [...new Set([...sources, ...preloads])];
}

async function measure(base: string, page: string) {
  const html = await fetchBody(base + page);
  const scripts = scriptUrlsOf(html.toString("utf8"));
  let js = 0;
  for (const src of scripts) js += gzipped(await fetchBody(new URL(src.replaceAll("&amp;", "&"), base + page).toString()));
  return { page, html: gzipped(html), js, scripts: scripts.length };
}

await withServedApp(async (base) => {
  console.log("page".padEnd(28), "HTML (gz)".padStart(10), "JS (gz)".padStart(10), "scripts".padStart(8), "total (gz)".padStart(11));
  for (const page of pages) {
    const { html, js, scripts } = await measure(base, page);
    console.log(page.padEnd(28), kb(html).padStart(10), kb(js).padStart(10), String(scripts).padStart(8), kb(html + js).padStart(11));
  }
});
