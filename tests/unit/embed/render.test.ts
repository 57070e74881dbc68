import { describe, expect, it } from "vitest";
import type { ChartRow } from "@/lib/charts/compare-types";
import type { SourceDto } from "@/lib/schemas/api/common";
import { compareFingerprint, compareSources, compareTable } from "@/lib/embed/render/compare-rows";
import { embedCss, MAX_CHART_SCALE } from "@/lib/embed/render/embed-css";
import { BAR_CHART_WIDTHS } from "@/lib/charts/bar-data";
import { legendSwatchColours } from "@/lib/charts/legend";
import { TIMELINE_GEOMETRY } from "@/lib/charts/timeline-layout";
import { sourceSummary, type EmbedModel } from "@/lib/embed/render/embed-model";
import { renderEmbed } from "@/lib/embed/render/embed-response";
import { timelineFingerprint, timelineNotes } from "@/lib/embed/render/timeline-rows";
import { milestone } from "../charts/claims";

const source = (id: string, publisher: string): SourceDto => ({
  id,
  title: `${publisher} article`,
  publisher,
  url: `https://example.org/${id}`,
  publishedOn: "2025-01-21",
  publishedLabel: "2025-01-21",
  reliability: "primary",
});

const row = (n: number, overrides: Partial<ChartRow> = {}): ChartRow => ({
  id: `c${n}`,
  n,
  panel: "USD",
  programSlug: "stargate",
  programName: "Stargate",
  label: `Claim ${n}`,
  kind: "private_investment",
  confidence: "verified",
  shape: "exact",
  isHeadline: n === 1,
  value: { low: 1, high: 1 },
  text: "$500 bn",
  original: "$500 bn",
  stated: { low: "500000000000", high: "500000000000", unit: null, currency: "USD" },
  conversion: null,
  notDrawn: null,
  asOf: null,
  asOfLabel: null,
  source: source(`s${n}`, `Publisher ${n}`),
  ...overrides,
});

describe("compare rows in an embed", () => {
  it("lists each row once in the table and the sources, numbered as the chart labels them", () => {
    const rows = [row(1), row(2, { text: "≈ $565 bn", original: "€500 bn", notDrawn: "no rate" })];
    const table = compareTable(rows);
    expect(table.rows).toEqual([
      ["Stargate", "Claim 1", "$500 bn", "$500 bn", "private investment, verified", "[1] Publisher 1, 2025-01-21"],
      ["Stargate", "Claim 2", "≈ $565 bn (not drawn: no rate)", "€500 bn", "private investment, verified", "[2] Publisher 2, 2025-01-21"],
    ]);
    expect(compareSources(rows).map((s) => [s.n, s.label, s.url])).toEqual([
      [1, "Publisher 1, 2025-01-21", "https://example.org/s1"],
      [2, "Publisher 2, 2025-01-21", "https://example.org/s2"],
    ]);
  });

  it("fingerprints what a reader sees: a new, changed or re-sourced row changes it", () => {
    const rows = [row(1), row(2)];
    expect(compareFingerprint([row(1), row(2)])).toBe(compareFingerprint(rows));
    expect(compareFingerprint([row(1)])).not.toBe(compareFingerprint(rows));
    expect(compareFingerprint([row(1), row(2, { text: "$600 bn" })])).not.toBe(compareFingerprint(rows));
    expect(compareFingerprint([row(1), row(2, { source: source("other", "Other") })])).not.toBe(compareFingerprint(rows));
  });
});

describe("timeline rows in an embed", () => {
  it("numbers each source once and cites it from the table", () => {
    const a = source("a", "Alpha");
    const b = source("b", "Beta");
    const { table, sources } = timelineNotes([
      milestone("1", a),
      milestone("2", b, { movedBy: a, overdue: true }),
      milestone("3", a, { due: null, dueUnknownReason: "No due date given" }),
    ]);
    expect(sources.map((s) => [s.n, s.label])).toEqual([
      [1, "Alpha, 2025-01-21"],
      [2, "Beta, 2025-01-21"],
    ]);
    expect(table.rows.map((r) => r[4])).toEqual(["[1] Alpha, 2025-01-21", "[2] Beta, 2025-01-21", "[1] Alpha, 2025-01-21"]);
    expect(table.rows[1]![3]).toBe("Planned, overdue");
    expect(table.rows[2]![2]).toBe("unknown (No due date given)");
  });

  it("ignores what only the calendar changes (overdue) but not what was recorded", () => {
    const a = source("a", "Alpha");
    const base = timelineFingerprint([milestone("1", a)]);
    expect(timelineFingerprint([milestone("1", a, { overdue: true, daysUntilDue: -3 })])).toBe(base);
    expect(timelineFingerprint([milestone("1", a, { status: "completed", completedOn: "2026-01-01" })])).not.toBe(base);
  });
});

describe("the embed document", () => {
  const model = (overrides: Partial<EmbedModel> = {}): EmbedModel => ({
    title: '<script>alert("t")</script>',
    theme: "dark",
    day: "2026-01-01",
    pinned: true,
    newer: true,
    links: {
      page: "https://atlas.test/compare?a=1&b=2",
      live: "https://atlas.test/compare",
      data: "https://atlas.test/api/v1/compare?format=csv",
      site: "https://atlas.test/",
    },
    chart: { kind: "compare", panels: [], rows: [], notes: [] },
    table: { caption: "c", columns: ["Program"], rows: [["<img src=x onerror=alert(1)>"]] },
    sources: [{ n: 1, context: "</li><script>", label: "Pub", publisher: "Pub", title: "T", url: "javascript:alert(1)" }],
    ...overrides,
  });

  it("escapes every text and keeps the only script our own", () => {
    const html = renderEmbed(model());
    expect(html.startsWith('<!DOCTYPE html><html lang="en" data-theme="dark">')).toBe(true);
    expect(html).toContain("<title>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</title>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html.match(/<script/g)).toEqual(["<script"]);
    expect(html).toContain('<script src="/embed-frame.js"');
    expect(html).not.toContain("javascript:alert");
    expect(html).toContain('href="https://atlas.test/compare?a=1&amp;b=2" target="_blank" rel="noopener"');
  });

  it("folds the sources into a closed <details>, with a one-line summary and the links outside it", () => {
    const note = (n: number, publisher: string) => ({ n, context: "c", label: `${publisher}, 2026`, publisher, title: "T", url: null });
    const sources = [note(1, "DOE"), note(2, "OpenAI"), note(3, "DOE"), note(4, "Reuters"), note(5, "NVIDIA")];
    expect(sourceSummary(sources)).toBe("DOE, OpenAI, Reuters and 1 other publisher");
    expect(sourceSummary(sources.slice(0, 2))).toBe("DOE, OpenAI");
    const html = renderEmbed(model({ sources }));
    expect(html).toMatch(/<details data-testid="embed-sources-details"><summary>Sources \(5\)<\/summary><ol aria-label="Sources"/);
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).toContain("Sources: DOE, OpenAI, Reuters and 1 other publisher</p>");
    expect(html.indexOf("See the full chart")).toBeGreaterThan(html.indexOf("</details>"));
  });

  it("says when newer figures exist, and that the date is a pin", () => {
    expect(renderEmbed(model())).toContain("Newer figures exist.");
    expect(renderEmbed(model())).toContain("2026-01-01</time> (pinned)");
    const live = renderEmbed(model({ newer: false, pinned: false }));
    expect(live).not.toContain("Newer figures exist.");
    expect(live).not.toContain("(pinned)");
  });

  it("keeps its stylesheet to a few KB, with dark colours for the dark, automatic and transparent themes", () => {
    expect(embedCss.length).toBeLessThan(4096);
    expect(embedCss).toMatch(/html\[data-theme=dark\]\{color-scheme:dark;/);
    expect(embedCss).toMatch(
      /@media \(prefers-color-scheme:dark\)\{html\[data-theme=auto\],html\[data-theme=transparent\]\{color-scheme:dark;/,
    );
    expect(embedCss).toMatch(/html\[data-theme=transparent\]\{--bg:transparent;/);
  });

  it("paints the shape legend's swatches in the site's slate, not the bars' blue", () => {
    const swatchRules = embedCss.split("\n").filter((rule) => rule.startsWith(".swatch"));
    expect(swatchRules.join("\n")).not.toContain("var(--bar)");
    expect(swatchRules.join("\n")).not.toContain("var(--pale)");
    expect(swatchRules.find((rule) => rule.startsWith(".swatch{"))).toContain(`background:${legendSwatchColours.mark}`);
    expect(swatchRules.find((rule) => rule.startsWith(".swatch-up_to"))).toContain(`background:${legendSwatchColours.pale}`);
  });

  it("spaces a legend's icon from its word, the timeline's status badges included", () => {
    expect(embedCss).toMatch(/(^|,)\.legend \[data-status\][,{][^}]*display:inline-flex[^}]*gap:/m);
  });

  it("never scales a wide chart past 1.25 times the width it was drawn for", () => {
    const maxWidth = (selector: string) => Number(embedCss.match(new RegExp(`${selector}\\{max-width:(\\d+)px`))?.[1]);
    expect(MAX_CHART_SCALE).toBeLessThanOrEqual(1.25);
    expect(maxWidth("\\.chart \\.wide")).toBeLessThanOrEqual(BAR_CHART_WIDTHS.wide * 1.25);
    expect(maxWidth("\\.chart\\.timeline \\.wide")).toBeLessThanOrEqual(TIMELINE_GEOMETRY.width * 1.25);
  });
});
