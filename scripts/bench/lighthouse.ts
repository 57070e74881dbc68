// npm run bench:lighthouse — Lighthouse's phone profile (its default: a mid-range phone on a slow 4G
// link, simulated) against the production build served by `npm start` on a fresh embedded database
// with the 5 seeded programs, in Debian's Chromium (CHROME_PATH, /usr/bin/chromium by default).
// Each page is run LIGHTHOUSE_RUNS times (5 by default), the pages taking turns so that other work on
// the machine falls on all of them alike; each run gets a new browser, as Lighthouse's own command
// line does. Every page is requested once first, so the runs measure the stored answer readers get.
// Each run prints Lighthouse's reading of the CPU's speed beside its score: the simulation scales
// the main thread's measured work, so a busy or slower machine lowers the score of the same page.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { formatRun, formatSummary, lighthouseVerdict, measured, runCount, summarisePages, type LighthouseRun } from "./lighthouse-report";
import { fetchBody, withServedApp } from "./served-app";

const defaults = ["/", "/compare", "/timeline"];
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;
const runs = runCount(process.env.LIGHTHOUSE_RUNS);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// Lighthouse's user agent names only Chromium's major version; the browser names its own build.
const browserVersion = execFileSync(chromePath, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

async function measure(url: string, page: string): Promise<{ run: LighthouseRun; version: string }> {
  const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
    // A score or metric Lighthouse could not compute stops the bench rather than count as 0.
    const score = (category: string) => Math.round(measured(lhr.categories[category]?.score, category) * 100);
    const metric = (audit: string) => measured(lhr.audits[audit]?.numericValue, audit);
    return {
      run: {
        page,
        performance: score("performance"),
        accessibility: score("accessibility"),
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        si: metric("speed-index"),
        cls: metric("cumulative-layout-shift"),
        benchmarkIndex: lhr.environment.benchmarkIndex,
      },
      version: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}

await withServedApp(async (base) => {
  for (const page of pages) await fetchBody(base + page);
  console.log(`Lighthouse, phone profile, ${runs} runs of ${pages.join(", ")}; load average before: ${load()}`);
  const measured: LighthouseRun[] = [];
  for (let round = 0; round < runs; round++) {
    for (const page of pages) {
      const { run, version } = await measure(base + page, page);
      if (measured.length === 0) console.log(`Lighthouse ${version}; ${browserVersion}`);
      measured.push(run);
      console.log(formatRun(run));
    }
  }
  console.log(`Load average after: ${load()}\n`);
  const summary = summarisePages(measured);
  console.log(formatSummary(summary));
  console.log(`\n${lighthouseVerdict(summary)}`);
});
