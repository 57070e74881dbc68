import { describe, expect, it } from "vitest";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import {
  chartTitle,
  dataPath,
  embedPath,
  imagePath,
  pagePath,
  parseChartUrl,
  parseCompareRef,
  parsePin,
  parseProgramRef,
  parseTimelineRef,
  withPin,
} from "@/lib/charts/chart-ref";
import { escapeHtml, iframeSnippet, scriptSnippet } from "@/lib/embed/snippets";

const today = new Date("2026-11-21T12:00:00Z");
const url = (path: string) => new URL(`https://atlas.test${path}`);

describe("chart references", () => {
  it("keeps a pin as written, today's date included, and drops future or malformed days", () => {
    expect(parsePin(new URLSearchParams("asOf=2025-03-01"), today)).toBe("2025-03-01");
    expect(parsePin(new URLSearchParams("asOf=2026-11-21"), today)).toBe("2026-11-21");
    expect(parsePin(new URLSearchParams("asOf=2026-11-22"), today)).toBeNull();
    expect(parsePin(new URLSearchParams("asOf=2025-02-30"), today)).toBeNull();
    expect(parsePin({ asOf: ["2025-01-01", "x"] }, today)).toBe("2025-01-01");
  });

  it("gives every surface of a compare chart the same options", () => {
    const ref = parseCompareRef(new URLSearchParams("program=stargate&metric=power&view=table&asOf=2026-11-21"), today);
    expect(pagePath(ref)).toBe("/compare?program=stargate&metric=power&asOf=2026-11-21");
    expect(embedPath(ref, "dark")).toBe("/embed/compare?program=stargate&metric=power&asOf=2026-11-21&theme=dark");
    expect(imagePath(ref, "png")).toBe("/api/v1/charts/compare?program=stargate&metric=power&asOf=2026-11-21&format=png");
    expect(dataPath(ref, "csv")).toBe("/api/v1/compare?program=stargate&metric=power&asOf=2026-11-21&format=csv");
  });

  it("narrows a program chart to a compare or timeline view of that program", () => {
    const funding = parseProgramRef("stargate", new URLSearchParams(""), today)!;
    expect(embedPath(funding)).toBe("/embed/program/stargate");
    expect(dataPath(funding, "json")).toBe("/api/v1/compare?program=stargate&claims=all&unverified=1&format=json");
    const milestones = parseProgramRef("stargate", new URLSearchParams("chart=timeline&asOf=2025-06-01"), today)!;
    expect(pagePath(milestones)).toBe("/programs/stargate?asOf=2025-06-01#milestones");
    expect(imagePath(milestones, "svg")).toBe("/api/v1/charts/program/stargate?chart=timeline&asOf=2025-06-01&format=svg");
    expect(dataPath(milestones, "csv")).toBe("/api/v1/milestones?program=stargate&asOf=2025-06-01&format=csv");
    expect(parseProgramRef("Not a slug", new URLSearchParams(""), today)).toBeNull();
    expect(parseProgramRef("stargate", new URLSearchParams("chart=pie"), today)).toMatchObject({ chart: "funding" });
  });

  it("reads the chart of a page or embed URL, and nothing else", () => {
    expect(parseChartUrl(url("/"), today)?.ref).toEqual({ kind: "compare", params: defaultCompareParams });
    expect(parseChartUrl(url("/embed/timeline?program=stargate&status=overdue&theme=dark"), today)).toEqual({
      ref: { kind: "timeline", filters: { program: ["stargate"], status: ["overdue"] }, asOf: null },
      theme: "dark",
    });
    expect(parseChartUrl(url("/programs/stargate/"), today)?.ref).toMatchObject({ kind: "program", slug: "stargate" });
    expect(parseChartUrl(url("/sources"), today)).toBeNull();
    expect(parseChartUrl(url("/programs/a/b"), today)).toBeNull();
    expect(parseChartUrl(url("/programs/%E0%A4%A"), today)).toBeNull();
  });

  it.each([
    parseCompareRef(new URLSearchParams("program=stargate&metric=power&asOf=2026-11-21"), today),
    parseTimelineRef(new URLSearchParams("program=stargate&status=overdue"), today),
    parseProgramRef("stargate", new URLSearchParams("asOf=2025-06-01"), today)!,
  ])("reads a $kind chart back from its page and its embed (each kind's fromPath)", (ref) => {
    expect(parseChartUrl(url(pagePath(ref)), today)).toEqual({ ref, theme: "auto" });
    expect(parseChartUrl(url(embedPath(ref, "light")), today)).toEqual({ ref, theme: "light" });
  });

  it("pins and unpins without touching the other options", () => {
    const ref = parseTimelineRef(new URLSearchParams("program=stargate"), today);
    expect(embedPath(withPin(ref, "2026-11-21"))).toBe("/embed/timeline?program=stargate&asOf=2026-11-21");
    expect(embedPath(withPin(withPin(ref, "2026-11-21"), null))).toBe("/embed/timeline?program=stargate");
  });
});

describe("embed snippets", () => {
  const input = {
    origin: "https://atlas.test",
    embedPath: "/embed/compare?a=1&b=2",
    imagePath: "/api/v1/charts/compare?format=png",
    pagePath: "/compare",
    title: `Money "<b>"`,
    height: 520,
  };

  it("escapes every value it writes into HTML", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    for (const snippet of [iframeSnippet(input), scriptSnippet(input)]) {
      expect(snippet).not.toContain("<b>");
      expect(snippet).toContain("a=1&amp;b=2");
      expect(snippet).toContain('<script async src="https://atlas.test/embed.js"></script>');
    }
  });

  it("reserves the height and names the frame", () => {
    expect(iframeSnippet(input)).toMatch(
      new RegExp(
        /^<iframe src="https:\/\/atlas\.test\/embed\/compare\?a=1&amp;b=2" title="Money &quot;&lt;b&gt;&quot;"/.source +
          / loading="lazy" style="width:100%;height:520px;border:0"/.source,
      ),
    );
    expect(scriptSnippet(input)).toContain('data-compute-atlas-embed="https://atlas.test/embed/compare?a=1&amp;b=2"');
    expect(scriptSnippet(input)).toContain("min-height:520px");
  });
});

describe("chart titles", () => {
  const names: Record<string, string> = { stargate: "Stargate", "atom-project": "ATOM Project" };
  const nameOf = (slug: string) => (Object.hasOwn(names, slug) ? names[slug] : undefined);

  it("names the metric, the currency and the chosen programs", () => {
    expect(chartTitle(parseCompareRef(new URLSearchParams(""), today), nameOf)).toBe("Money announced, in US dollars, by program");
    expect(chartTitle(parseCompareRef(new URLSearchParams("program=stargate&program=atom-project&currency=eur"), today), nameOf)).toBe(
      "Money announced, in euros: ATOM Project, Stargate",
    );
    expect(chartTitle(parseCompareRef(new URLSearchParams("metric=power&program=ghost"), today), nameOf)).toBe(
      "Power announced, by program",
    );
  });

  it("names a timeline's statuses and a program chart's program", () => {
    expect(chartTitle(parseTimelineRef(new URLSearchParams("status=overdue&program=stargate"), today), nameOf)).toBe(
      "Milestones (overdue): Stargate",
    );
    expect(chartTitle(parseProgramRef("stargate", new URLSearchParams("chart=timeline"), today)!, nameOf)).toBe("Stargate: milestones");
  });
});
