// npm run bench:weight — what a reader's browser downloads for each page, measured on a production
// build served by `npm start` on a fresh embedded database: the HTML and every script the HTML
// references, each gzipped (level 9, as a CDN would), summed. "JS" is the first-load JavaScript.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { findFreePort } from "../../lib/embedded-db";

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/compare", "/programs", "/timeline"];

const gzipped = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function fetchBody(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

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
  console.log("page".padEnd(28), "HTML (gz)".padStart(10), "JS (gz)".padStart(10), "scripts".padStart(8), "total (gz)".padStart(11));
  for (const page of pages) {
    const { html, js, scripts } = await measure(base, page);
    console.log(page.padEnd(28), kb(html).padStart(10), kb(js).padStart(10), String(scripts).padStart(8), kb(html + js).padStart(11));
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
