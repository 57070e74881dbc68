import { describe, expect, it } from "vitest";
import { buildCompareChart } from "@/lib/charts/compare-chart";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { programColour } from "@/lib/charts/program-colour";
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { estimateWidth } from "@/lib/charts/text-wrap";
import { RATES } from "../money/reference-rates";
import { capacity, funding } from "./claims";

const all = { ...defaultCompareParams, claims: "all" as const, unverified: true };

function rects(svg: string) {
  return [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-shape="(\w+)" data-confidence="(\w+)"/g)].map((m) => ({
    x: Number(m[1]),
    width: Number(m[2]),
    shape: m[3],
    confidence: m[4],
  }));
}

describe("renderBarChart", () => {
  it("renders a static SVG with a viewBox, one mark per drawn row, each with its tooltip", () => {
    const chart = buildCompareChart(
      [funding(), funding({ shape: "up_to", isHeadline: false }), funding({ currency: "BRL" })],
      all,
      RATES,
      [],
    );
    const svg = renderBarChart(chart.panels[0]!, { idPrefix: "t", title: "Money" });
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Money"[^>]*viewBox="0 0 680 \d+"/);
    expect(rects(svg).map((r) => r.shape)).toEqual(["exact", "up_to"]);
    expect(svg.match(/<title>Fluidstack: Phase 1/g)).toHaveLength(4); // bar and label of each mark
    expect(svg).not.toContain("<script");
  });

  it("draws the same markup every time, its clip paths named after the prefix (embeds' and images' ETags rely on it)", () => {
    const chart = buildCompareChart([funding()], all, RATES, []);
    const first = renderBarChart(chart.panels[0]!, { idPrefix: "p0", title: "Money" });
    expect(renderBarChart(chart.panels[0]!, { idPrefix: "p0", title: "Money" })).toBe(first);
    expect(first).toContain('id="p0-chart-clip"');
    expect(first).not.toMatch(/recharts\d|recharts-bar-\d/);
  });

  it("escapes every text that comes from the database", () => {
    const chart = buildCompareChart([funding({ programName: "<img src=x onerror=alert(1)>", label: "</title><script>" })], all, RATES, []);
    const svg = renderBarChart(chart.panels[0]!, { idPrefix: "t", title: "Money" });
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;");
    expect(svg).toContain("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; article");
  });

  it("draws dots, not bars, on a log axis, and labels powers of ten", () => {
    const chart = buildCompareChart(
      [capacity({ value: "10000" }), capacity({ value: "250" })],
      { ...all, metric: "power", scale: "log" },
      [],
      [],
    );
    const svg = renderBarChart(chart.panels[0]!, { idPrefix: "t", title: "Power" });
    expect(rects(svg)).toEqual([]);
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)"[^>]*data-mark="dot"/g)].map((m) => Number(m[1]));
    expect(dots).toHaveLength(2);
    expect(dots[0]!).toBeGreaterThan(dots[1]!); // 10 GW further right than 250 MW
    for (const tick of ["10\u00a0GW", "1\u00a0GW", "0.1\u00a0GW", "0.01\u00a0GW"]) expect(svg).toContain(`>${tick}<`);
  });

  it("draws a range from its low end, with caps, and the unverified hatched", () => {
    const chart = buildCompareChart(
      [capacity({ value: "1000" }), capacity({ shape: "range", value: null, low: "600", high: "900", confidence: "unverified" })],
      { ...all, metric: "power" },
      [],
      [],
    );
    const svg = renderBarChart(chart.panels[0]!, { idPrefix: "p", title: "Power" });
    const [point, range] = rects(svg);
    expect(range!.x).toBeGreaterThan(point!.x);
    expect(range!.confidence).toBe("unverified");
    expect(svg).toMatch(/fill="url\(#p-unverified-[0-9a-f]{6}\)"/);
    expect(svg).toMatch(/id="p-unverified-[0-9a-f]{6}"/);
  });

  it("gives each program its own colour, the same on every chart", () => {
    const claims = [funding(), funding({ programSlug: "stargate", programName: "Stargate" })];
    const svg = renderBarChart(buildCompareChart(claims, all, RATES, []).panels[0]!, { idPrefix: "t", title: "Money" });
    const colours = [...svg.matchAll(/data-program-colour="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(colours).toHaveLength(2);
    const alone = renderBarChart(buildCompareChart([claims[1]!], all, RATES, []).panels[0]!, { idPrefix: "t", title: "Money" });
    expect(alone).toContain(`data-program-colour="${programColour("stargate")}"`);
    expect(colours).toContain(programColour("stargate"));
  });

  it("lays out a narrow variant for phones: labels above bars, no category axis, text of 13 px", () => {
    const claims = [
      funding({ programName: "Fluidstack AI supercomputer in France" }),
      funding({ programSlug: "x", programName: "X", amount: "1" }),
    ];
    const svg = renderBarChart(buildCompareChart(claims, all, RATES, []).panels[0]!, { idPrefix: "n", title: "Money", variant: "narrow" });
    expect(svg).toMatch(/viewBox="0 0 360 \d+"/);
    expect(svg).not.toContain("recharts-yAxis");
    expect(svg).toContain("Fluidstack AI supercomputer in France");
    expect([...svg.matchAll(/font-size="(\d+)"/g)].every((m) => Number(m[1]) >= 13)).toBe(true);
  });

  it("gives a wrapped value the room its lines need: no two texts of the narrow chart overlap", () => {
    // One program's claims, as on its page (Stargate's money chart): titles of one and two lines,
    // values of one and two lines ("more than $15 bn [8]" wraps at phone width).
    const stargate = { programSlug: "stargate", programName: "Stargate", currency: "USD" };
    const claims = [
      funding({ ...stargate, label: "Initial investment", shape: "at_least", amount: "100000000000" }),
      funding({
        ...stargate,
        label: "Reported equity commitment for the Abilene campus ('Lighthouse')",
        shape: "at_least",
        amount: "15000000000",
        isHeadline: false,
      }),
      funding({ ...stargate, label: "Pledge", amount: "500000000000", isHeadline: false }),
      funding({
        ...stargate,
        label: "Debt financing arranged for the Texas site",
        shape: "up_to",
        amount: "2940000000",
        isHeadline: false,
      }),
    ];
    const svg = renderBarChart(buildCompareChart(claims, all, RATES, []).panels[0]!, { idPrefix: "n", title: "Money", variant: "narrow" });
    const lineHeight = 15; // 13 px text on 14 px lines, and a pixel of slack for the font's real extents
    const boxes = [...svg.matchAll(/<text class="chart-(value|label)"[^>]*>(.*?)<\/text>/g)].flatMap(([, kind, body]) =>
      [...body!.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">([^<]*)<\/tspan>/g)].map(([, x, y, text]) => {
        // Values are drawn on their middle (dominant-baseline: central), labels on their baseline.
        const top = kind === "value" ? Number(y) - lineHeight / 2 : Number(y) - lineHeight + 3;
        const width = estimateWidth(text!, { fontSize: 13, bold: kind === "label" });
        return { kind, text, top, bottom: top + lineHeight - 1, left: Number(x), right: Number(x) + width };
      }),
    );
    expect(boxes.filter((b) => b.kind === "value").length).toBeGreaterThan(claims.length); // some value wrapped
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
        expect(apart, `"${a.text}" and "${b.text}"`).toBe(true);
      }
    }
  });

  it("labels a phone's money axis $0, $250 bn, $500 bn, each tick with its own label", () => {
    const panel = buildCompareChart([funding({ currency: "USD", amount: "500000000000" })], all, RATES, []).panels[0]!;
    const svg = renderBarChart(panel, { idPrefix: "n", title: "Money", variant: "narrow" });
    const ticks = [...svg.matchAll(/class="recharts-text recharts-cartesian-axis-tick-value"[^>]*><tspan[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(ticks).toEqual(["$0", "$250\u00a0bn", "$500\u00a0bn"]);
  });

  it("renders nothing for a panel with nothing to draw", () => {
    const chart = buildCompareChart([funding({ currency: "BRL" })], all, RATES, []);
    expect(renderBarChart(chart.panels[0]!, { idPrefix: "t", title: "Money" })).toBe("");
  });
});
