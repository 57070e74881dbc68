import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { layoutTimeline } from "@/lib/charts/timeline-layout";
import type { CompareData } from "@/lib/data/compare";
import { composeCompareImage, footnoteText } from "@/lib/images/compare-image";
import { renderDocument } from "@/lib/images/layout";
import { extractSvg, nestSvg, viewBoxOf } from "@/lib/images/nest-svg";
import { composeTimelineImage } from "@/lib/images/timeline-image";
import { escapeXml, stripForbiddenXml } from "@/lib/images/xml";
import { capacity, funding, source } from "../charts/claims";
import { RATES } from "../money/reference-rates";
import { parseWithResvg } from "./fonts";

const hostile = "<script>alert(1)</script> & \"Q\" 'A' \u0001\u0008\uD800 ]]> <!--";
const context = { title: `Chart of ${hostile}`, permalink: "https://atlas.example/compare?program=a&metric=power", dataDay: "2026-01-05" };

function compareData(
  claims = [
    funding({
      programName: hostile,
      label: hostile,
      source: { ...source, publisher: hostile, title: hostile, url: `https://x.example/?q=${hostile}` },
    }),
  ],
): CompareData {
  const params = { ...defaultCompareParams, claims: "all" as const, unverified: true };
  return { params, programs: [], byDefault: [], unknownPrograms: [], chart: buildCompareChart(claims, params, RATES, []) };
}

describe("escaping", () => {
  it("escapes markup and drops the characters XML forbids", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(stripForbiddenXml("a\u0000b\u0001c\td\ne\uD800f\uDC00g\uFFFEh💥")).toBe("abc\td\nefgh💥");
  });
});

describe("nesting a chart's SVG", () => {
  const recharts =
    `<div class="recharts-wrapper" style="position:relative;width:680px;height:200px"><svg ` +
    `class="recharts-surface" width="680" height="200" viewBox="0 0 680 200" style="width:100%;` +
    `height:100%"><title>T</title><svg x="1"><rect/></svg><rect width="5" height="5"/></svg></div>` +
    `<div class="recharts-legend"></div>`;

  it("takes the outermost <svg> out of recharts' wrapper, nested <svg>s included", () => {
    const svg = extractSvg(recharts)!;
    expect(svg.inner).toBe(`<title>T</title><svg x="1"><rect/></svg><rect width="5" height="5"/>`);
    expect(viewBoxOf(svg.open)).toEqual({ x: 0, y: 0, width: 680, height: 200 });
    expect(extractSvg("<div>no chart</div>")).toBeNull();
    expect(viewBoxOf(`<svg viewBox="0 0 0 10">`)).toBeNull();
    expect(viewBoxOf(`<svg width="100%">`)).toBeNull();
  });

  it("places it at its slot, scaled by its viewBox, without the page's style, class or size", () => {
    const nested = nestSvg(recharts, { x: 40, y: 100, width: 1120, maxScale: 1.5 })!;
    expect(nested.height).toBe(300);
    expect(nested.markup).toMatch(
      /^<svg x="40" y="100" width="1020" height="300" viewBox="0 0 680 200" font-family="DejaVu Sans" color="#0f172a">/,
    );
    expect(nested.markup).not.toContain("width:100%");
    expect(nested.markup).not.toContain("<div");
    expect(nestSvg(recharts, { x: 0, y: 0, width: 340 })!.height).toBe(100);
  });
});

describe("the image document", () => {
  it("comes out byte for byte the same for the same data, so its ETag holds", () => {
    const data = compareData([funding(), funding({ currency: "USD" })]);
    expect(composeCompareImage(data, context)).toBe(composeCompareImage(data, context));
  });

  it("is one well-formed SVG (resvg parses it) with its title, on a white page as tall as its content", () => {
    const short = renderDocument({ title: "T", description: "D", blocks: [{ type: "text", text: "one line", style: { fontSize: 15 } }] });
    const long = renderDocument({
      title: "T",
      description: "D",
      blocks: [{ type: "text", text: "word ".repeat(800), style: { fontSize: 15 } }],
    });
    expect(short).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="\d+"/,
    );
    expect(short).toContain(`font-family="DejaVu Sans"`);
    expect(short).toContain(`fill="#ffffff"`);
    expect(parseWithResvg(long).height).toBeGreaterThan(parseWithResvg(short).height + 200);
    // The check can fail: resvg refuses a malformed document.
    expect(() => parseWithResvg(`<svg xmlns="http://www.w3.org/2000/svg"><g></svg>`)).toThrow();
  });

  it("escapes hostile names from the database in a compare image, which stays well-formed", () => {
    const svg = composeCompareImage(compareData(), context);
    expect(svg).not.toMatch(/<script|<!--|\]\]>|\u0001|\uD800(?![\uDC00-\uDFFF])/);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("https://atlas.example/compare?program=a&amp;metric=power");
    expect(parseWithResvg(svg).width).toBe(1200);
  });

  it("draws every panel of a compare image, footnotes each mark with its source and says the date", () => {
    const data = compareData([
      funding(),
      funding({ currency: "USD", amount: "5000000000" }),
      funding({ currency: "JPY", amount: "100000000000" }),
    ]);
    const original = { ...data, params: { ...data.params, currency: "original" as const } };
    original.chart = buildCompareChart(
      [funding(), funding({ currency: "USD", amount: "5000000000" }), funding({ currency: "JPY", amount: "100000000000" })],
      original.params,
      RATES,
      [],
    );
    expect(original.chart.panels.length).toBe(3);
    const svg = composeCompareImage(original, context);
    expect(svg.match(/<svg x="40"/g)).toHaveLength(3);
    for (const row of original.chart.rows) expect(svg).toContain(`[${row.n}]`);
    expect(svg).toContain("Data as of 2026-01-05");
    expect(svg).toContain("https://example.org/a");
    expect(footnoteText(original.chart.rows[0]!)).toMatch(
      /^Fluidstack, Phase 1: .*Source: Élysée, 2025-02-10: A <b>bold<\/b> & "quoted" article\. https:\/\/example\.org\/a$/,
    );
    expect(parseWithResvg(svg).height).toBeGreaterThan(600);
  });

  it("says so when nothing can be drawn", () => {
    const power = { ...defaultCompareParams, metric: "power" as const };
    const svg = composeCompareImage(
      {
        params: power,
        programs: [],
        byDefault: [],
        unknownPrograms: [],
        chart: buildCompareChart([capacity({ confidence: "unverified" })], power, [], []),
      },
      context,
    );
    expect(svg).toContain("No claim matches these options.");
    parseWithResvg(svg);
  });

  it("escapes hostile lane names in a timeline image, which stays well-formed", () => {
    const chart = layoutTimeline([{ key: "x", label: hostile, items: [] }], "2026-01-05");
    const svg = composeTimelineImage(
      {
        today: "2026-01-05",
        programs: [{ slug: "x", name: hostile }],
        lanes: [{ slug: "x", name: hostile, milestones: [] }],
        chart,
        undated: [],
      },
      "2026-01-05",
      context,
    );
    expect(svg).not.toMatch(/<script|\u0001/);
    expect(svg).toContain("as known on 2026-01-05");
    expect(parseWithResvg(svg).width).toBe(1200);
  });
});
