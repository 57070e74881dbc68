import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { layoutTimeline } from "@/lib/charts/timeline-layout";
import type { CompareData } from "@/lib/data/compare";
import { composeCompareImage } from "@/lib/images/compare-image";
import { sourceLine } from "@/lib/images/document-parts";
import { renderDocument } from "@/lib/images/layout";
import { markKeySvg } from "@/lib/images/mark-key";
import { extractSvg, nestSvg, viewBoxOf } from "@/lib/images/nest-svg";
import { composeTimelineImage, markKeyGroups } from "@/lib/images/timeline-image";
import type { MilestoneDto, SourceDto } from "@/lib/schemas/api/common";
import { escapeXml, stripForbiddenXml } from "@/lib/images/xml";
import { capacity, funding, milestone, source } from "../charts/claims";
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

/** The text lines of an SVG document, in order. */
const textLines = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

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
    // Sized to its one panel (680 px drawn at 1.35×) and its margins, not 1,200 px wide.
    expect(parseWithResvg(svg).width).toBe(998);
  });

  it("draws every panel of a compare image, numbers each mark and ends on the date and a one-line source", () => {
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
    for (const panel of original.chart.panels) expect(svg).toContain(`>${panel.title}</text>`);
    expect(svg).toContain("Data as of 2026-01-05");
    // Three figures from one document: the line counts documents, and the page lists them.
    expect(svg).toContain(">Sources: 1 document from Élysée, listed at https://atlas.example/compare?program=a&amp;metric=power</text>");
    expect(svg).not.toContain("https://example.org/a");
    expect(svg).not.toContain("Figures and sources");
    expect(parseWithResvg(svg).height).toBeGreaterThan(600);
  });

  it("sizes a one-panel compare image to its chart: no footnotes below, no heading repeating the title", () => {
    const data = compareData([
      funding(),
      funding({ id: "b", currency: "USD", amount: "5000000000", source: { ...source, id: "s2", publisher: "DOE" } }),
    ]);
    const svg = composeCompareImage(data, { ...context, title: "Money announced, in US dollars, by program" });
    expect(data.chart.panels).toHaveLength(1);
    expect(svg).not.toContain(`>${data.chart.panels[0]!.title}</text>`);
    expect(svg.match(/>Money announced, in US dollars, by program<\/text>/g)).toHaveLength(1);
    expect(textLines(svg).at(-1)).toBe(
      "Sources: 2 documents from Élysée, DOE, listed at https://atlas.example/compare?program=a&amp;metric=power",
    );
    const drawn = parseWithResvg(svg);
    expect([drawn.width, drawn.height < 700]).toEqual([998, true]);
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

const doc = (id: string, publisher: string): SourceDto => ({ ...source, id, publisher, title: `${publisher} article` });

describe("the one-line source", () => {
  it("counts documents, not figures, names the first publishers and points to the permalink", () => {
    const [a, b, c, d] = [doc("a", "OpenAI"), doc("b", "DOE"), doc("c", "Reuters"), doc("d", "Reuters")];
    expect(sourceLine([a, a, null, b], "https://x.example/p")).toBe("Sources: 2 documents from OpenAI, DOE, listed at https://x.example/p");
    expect(sourceLine([a, b, c, d, undefined], "https://x.example/p")).toBe(
      "Sources: 4 documents from OpenAI, DOE, Reuters, listed at https://x.example/p",
    );
    // 5 documents from 4 publishers: the rest is counted as publishers, not read as more documents.
    expect(sourceLine([a, b, c, d, doc("e", "FedScoop")], "u")).toBe(
      "Sources: 5 documents from OpenAI, DOE, Reuters and 1 other publisher, listed at u",
    );
    expect(sourceLine([a, b, c, d, doc("e", "FedScoop"), doc("f", "NVIDIA")], "u")).toBe(
      "Sources: 6 documents from OpenAI, DOE, Reuters and 2 other publishers, listed at u",
    );
    expect(sourceLine([], "https://x.example/p")).toBe("Full chart and table: https://x.example/p");
  });
});

const dated = (id: string, title: string, on: string, src: SourceDto, overrides: Partial<MilestoneDto> = {}): MilestoneDto =>
  milestone(id, src, {
    title,
    program: { slug: "p", name: "Program P" },
    due: { on, precision: "day", deadline: on, label: on },
    ...overrides,
  });

describe("the numbered marks' key", () => {
  const groups = [
    { heading: "Program A", items: Array.from({ length: 9 }, (_, i) => ({ n: i + 1, text: `Milestone ${i + 1} (due 2026-0${i + 1})` })) },
    { heading: "Program <B>", items: [{ n: 10, text: "A very long title ".repeat(12).trim() }] },
    { heading: "Empty", items: [] },
  ];

  it("lists every number beside its text, under its program, in two balanced columns, long texts wrapped", () => {
    const svg = markKeySvg(groups, 1120);
    const lines = textLines(svg);
    for (let n = 1; n <= 10; n += 1) expect(lines).toContain(String(n));
    expect(lines).toContain("Program &lt;B&gt;");
    expect(lines).not.toContain("Empty");
    // The long title wraps within its column (no line cut, every word kept).
    const long = lines.filter((line) => line.includes("title"));
    expect(long.length).toBeGreaterThan(1);
    expect(long.join(" ")).toBe(groups[1]!.items[0]!.text);
    const xs = new Set([...svg.matchAll(/<text x="(\d+)"[^>]*font-weight="bold"[^>]*>Program/g)].map((m) => m[1]));
    expect(xs).toEqual(new Set(["0", "576"]));
    parseWithResvg(svg);
    expect(markKeySvg([{ heading: "Empty", items: [] }], 1120)).toBe("");
  });

  it("keys each drawn mark of a timeline image by its number, and ends on one source line, not a list", () => {
    const [a, b] = [doc("a", "OpenAI"), doc("b", "DOE")];
    const milestones = [
      dated("m1", "First site live", "2025-06-01", a),
      dated("m2", "Second site", "2026-03-01", a, { movedBy: b }),
      dated("m3", "Undated", "2026-01-01", b, { due: null, dueUnknownReason: "not stated" }),
    ];
    const items = milestones.map((m) => ({
      id: m.id,
      due: m.due,
      original: null,
      completedOn: null,
      completedLate: false,
      status: m.status,
      overdue: false,
      tooltip: m.title,
    }));
    const chart = layoutTimeline([{ key: "p", label: "Program P", items }], "2026-01-05");
    const timeline = {
      today: "2026-01-05",
      programs: [{ slug: "p", name: "Program P" }],
      lanes: [{ slug: "p", name: "Program P", milestones }],
    };
    const image = { ...timeline, chart, undated: [milestones[2]!] };
    expect(markKeyGroups(image)).toEqual([
      {
        heading: "Program P",
        items: [
          { n: 1, text: "First site live (due 2025-06-01)" },
          { n: 2, text: "Second site (due 2026-03-01)" },
        ],
      },
    ]);
    const svg = composeTimelineImage(image, null, { ...context, permalink: "https://atlas.example/timeline" });
    const lines = textLines(svg);
    expect(lines).toContain("First site live (due 2025-06-01)");
    expect(lines.at(-1)).toBe("Sources: 2 documents from OpenAI, DOE, listed at https://atlas.example/timeline");
    expect(lines).not.toContain("Sources");
    expect(parseWithResvg(svg).width).toBe(1200);
  });
});
