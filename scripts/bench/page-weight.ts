// npm run bench:weight — what a reader's browser downloads for each page, and the SQL statements
// that render it, at 5 programs and at 1,000 (bench-databases.ts: a throwaway PostgreSQL that logs
// every statement; the 1,000-program dataset of scale-data.ts). Each run serves the production
// build with `npm start`. Sizes are gzipped (level 9, as a CDN would): the HTML, and every script
// the HTML references ("JS", the first-load JavaScript). SQL counts the first request of a page,
// which renders it (a cached page's next requests run none).
import { startBenchDatabases } from "./bench-databases";
import { statementsPerRequest } from "./load-run";
import { fetchBody, gzipped, kb, withServedApp } from "./served-app";

const HTML_BUDGET = 60 * 1024;
// Every public page kind: a partner and a program that are in both datasets, and a past view.
const defaults = [
  "/",
  "/programs",
  "/programs?sort=accelerators&dir=desc",
  "/partners",
  "/partners/nvidia",
  "/programs/stargate",
  "/programs/stargate?asOf=2026-01-15",
  "/programs/stargate/announcements",
  "/compare",
  "/timeline",
  "/map",
  "/sources",
  "/sources?program=stargate",
];
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;

/** Script URLs in the HTML: <script src> and the <link rel=modulepreload|preload as=script> hints. */
export function scriptUrlsOf(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g)]
    .filter((m) => /as="script"/.test(m[0]) || /modulepreload/.test(m[0]))
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => Boolean(href));
  return [...new Set([...sources, ...preloads])];
}

type Figures = { html: number; js: number; scripts: number; sql: number };

async function measure(base: string, page: string, logFile: string): Promise<Figures> {
  const { first: sql } = await statementsPerRequest(base, page, logFile);
  const html = await fetchBody(base + page);
  const scripts = scriptUrlsOf(html.toString("utf8"));
  let js = 0;
  for (const src of scripts) js += gzipped(await fetchBody(new URL(src.replaceAll("&amp;", "&"), base + page).toString()));
  return { html: gzipped(html), js, scripts: scripts.length, sql };
}

async function measureAll(databaseUrl: string, logFile: string): Promise<Map<string, Figures>> {
  const figures = new Map<string, Figures>();
  await withServedApp(
    async (base) => {
      for (const page of pages) figures.set(page, await measure(base, page, logFile));
    },
    { DATABASE_URL: databaseUrl },
  );
  return figures;
}

const databases = await startBenchDatabases();
try {
  const small = await measureAll(databases.small, databases.logFile);
  const large = await measureAll(databases.large, databases.logFile);
  const cols = ["HTML 5", "HTML 1,000", "SQL 5", "SQL 1,000", "JS (gz)", "scripts"];
  console.log(`\n${"page".padEnd(40)}${cols.map((c) => c.padStart(12)).join("")}`);
  for (const page of pages) {
    const s = small.get(page)!;
    const l = large.get(page)!;
    const cells = [kb(s.html), kb(l.html), String(s.sql), String(l.sql), kb(l.js), String(l.scripts)];
    console.log(`${page.padEnd(40)}${cells.map((c) => c.padStart(12)).join("")}`);
  }
  const heavy = pages.filter((page) => large.get(page)!.html > HTML_BUDGET);
  const growing = pages.filter((page) => large.get(page)!.sql !== small.get(page)!.sql);
  console.log(
    `\nGzipped HTML at 1,000 programs ≤ ${kb(HTML_BUDGET)}: ${heavy.length === 0 ? "every page" : `over on ${heavy.join(", ")}`}.`,
  );
  console.log(`SQL statements the same at 5 and 1,000 programs: ${growing.length === 0 ? "every page" : `not on ${growing.join(", ")}`}.`);
} finally {
  databases.stop();
}
