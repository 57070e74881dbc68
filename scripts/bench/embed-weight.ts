// npm run bench:embed — what a reader's browser downloads for each kind of embed, measured as
// bench:weight measures pages: a production build served by `npm start` on a fresh embedded
// database, each response gzipped (level 9, as a CDN would). "Total" is the HTML plus every script,
// stylesheet and image it loads; "JS" is the scripts alone. Budgets from the journalists' issue:
// at most 10 KB of gzipped JS and 40 KB gzipped in all, per embed.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { findFreePort } from "../../lib/embedded-db";

const embeds: [string, string][] = [
  ["compare", "/embed/compare"],
  ["timeline", "/embed/timeline"],
  ["program funding", "/embed/program/stargate"],
  ["program timeline", "/embed/program/stargate?chart=timeline"],
];
const budget = { js: 10 * 1024, total: 40 * 1024 };

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function fetchBody(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** What the HTML makes the browser fetch: scripts, stylesheets and images. */
export function assetsOf(html: string): { scripts: string[]; others: string[] } {
  const attribute = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replaceAll("&amp;", "&"));
  const scripts = attribute(/<script[^>]*\ssrc="([^"]+)"/g);
  const others = [...attribute(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g), ...attribute(/<img[^>]*\ssrc="([^"]+)"/g), ...attribute(/<image[^>]*\shref="([^"]+)"/g)];
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

async function waitFor(url: string, child: ReturnType<typeof spawn>) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("the server exited before answering");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer within 5 minutes");
}

const within = (bytes: number, limit: number) => (bytes <= limit ? "ok" : "OVER");

const port = await findFreePort();
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "atlas-bench-")), "data");
const server = spawn("npx", ["tsx", "scripts/start.ts", "start"], {
  env: { ...process.env, PORT: String(port), ATLAS_DATA_DIR: dataDir, DATABASE_URL: "" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v1/programs`, server);
  console.log(`Budgets per embed: JS ≤ ${kb(budget.js)}, total ≤ ${kb(budget.total)} (gzipped)`);
  console.log("embed".padEnd(18), "HTML (gz)".padStart(10), "JS (gz)".padStart(10), "files".padStart(6), "total (gz)".padStart(11), "  JS budget", " total budget");
  for (const [name, embed] of embeds) {
    const { html, js, total, files } = await measure(base, embed);
    console.log(name.padEnd(18), kb(html).padStart(10), kb(js).padStart(10), String(files).padStart(6), kb(total).padStart(11), `  ${within(js, budget.js).padStart(9)}`, ` ${within(total, budget.total).padStart(12)}`);
  }
  const parentScript = await fetchBody(`${base}/embed.js`);
  console.log(`/embed.js (on the host page): ${kb(parentScript.length)} raw, ${kb(gzipped(parentScript))} gzipped`);
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
