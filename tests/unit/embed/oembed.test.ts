import { describe, expect, it } from "vitest";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import type { ChartRef } from "@/lib/charts/chart-ref";
import { acceptChartUrl, buildOembedAnswer, OEMBED_WIDTH, parseOembedQuery } from "@/lib/embed/oembed";

const origin = "https://atlas.test";
const today = new Date("2026-11-21T12:00:00Z");
const compare: ChartRef = { kind: "compare", params: { ...defaultCompareParams } };
const program: ChartRef = { kind: "program", slug: "stargate", chart: "timeline", asOf: "2026-01-15" };
const answer = (ref: ChartRef, maxwidth: number | null = null, maxheight: number | null = null, title = "Money") =>
  buildOembedAnswer({ ref, theme: "auto", origin, title, maxwidth, maxheight });

describe("oEmbed query", () => {
  const parse = (query: string) => parseOembedQuery(new URLSearchParams(query));

  it("reads url, maxwidth and maxheight, with format json or absent", () => {
    expect(parse(`url=${encodeURIComponent(origin + "/compare")}&maxwidth=500&maxheight=300&format=json`)).toEqual({
      ok: true,
      query: { url: `${origin}/compare`, maxwidth: 500, maxheight: 300 },
    });
    expect(parse(`url=${encodeURIComponent(origin + "/")}`)).toEqual({
      ok: true,
      query: { url: `${origin}/`, maxwidth: null, maxheight: null },
    });
  });

  it("answers 400 for a missing, empty or relative url and for sizes that are not whole positive numbers", () => {
    for (const query of [
      "",
      "url=",
      "url=/compare",
      "url=compare",
      `url=${origin}&maxwidth=abc`,
      `url=${origin}&maxheight=-5`,
      `url=${origin}&maxwidth=0`,
      `url=${origin}&maxwidth=12.5`,
      `url=${origin}&maxwidth=`,
      `url=${origin}&url=${origin}/compare`,
      `url=${origin}&maxwidth=5&maxwidth=6`,
    ]) {
      const result = parse(query);
      expect(result.ok, query).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ status: 400, code: "bad_request" });
    }
  });

  it("answers 501 for a format other than json", () => {
    expect(parse(`url=${encodeURIComponent(origin + "/")}&format=`).ok).toBe(true);
    for (const format of ["xml", "JSON", "jsonp"]) {
      const result = parse(`url=${encodeURIComponent(origin + "/compare")}&format=${format}`);
      expect(result).toEqual({ ok: false, error: { status: 501, code: "not_implemented", message: "Only format=json is available." } });
    }
  });
});

describe("oEmbed URL acceptance", () => {
  const accept = (url: string) => acceptChartUrl(url, origin, today);

  it("accepts the chart pages and the embeds of our origin", () => {
    expect(accept(`${origin}/`)?.ref.kind).toBe("compare");
    expect(accept(`${origin}/compare?metric=power`)?.ref).toMatchObject({ kind: "compare", params: { metric: "power" } });
    expect(accept(`${origin}/timeline?program=stargate`)?.ref.kind).toBe("timeline");
    expect(accept(`${origin}/programs/stargate#milestones`)?.ref).toMatchObject({ kind: "program", slug: "stargate", chart: "funding" });
    expect(accept(`${origin}/embed/program/stargate?chart=timeline&theme=dark`)).toMatchObject({
      ref: { chart: "timeline" },
      theme: "dark",
    });
  });

  it("refuses other origins, schemes, credentials and paths that are not charts", () => {
    for (const url of [
      "https://evil.test/compare",
      "http://atlas.test/compare", // another scheme is another origin
      "https://atlas.test:8443/compare",
      "https://atlas.test.evil.test/compare",
      "https://user:pass@atlas.test/compare",
      "javascript:alert(1)//https://atlas.test/compare",
      "data:text/html,<script>alert(1)</script>",
      `${origin}/programs`,
      `${origin}/admin`,
      `${origin}/programs/../admin`,
      `${origin}/programs/%2e%2e/admin`,
      `${origin}/programs/stargate/../../admin`,
      `${origin}/programs/Stargate`,
      `${origin}/programs/star%20gate`,
      `${origin}/programs/stargate/extra`,
      `${origin}//compare`,
      "not a url",
    ]) {
      expect(accept(url), url).toBeNull();
    }
  });
});

describe("oEmbed answer", () => {
  it("has every field the specification requires of a rich answer, and ours", () => {
    const result = answer(compare);
    expect(result).toMatchObject({
      version: "1.0",
      type: "rich",
      width: OEMBED_WIDTH,
      height: 800,
      provider_name: "Compute Atlas",
      provider_url: `${origin}/`,
      title: "Money",
    });
    expect(result.cache_age).toBeGreaterThan(0);
    expect(result.html).toMatch(
      new RegExp(
        /^<iframe src="https:\/\/atlas\.test\/embed\/compare" title="Money"/.source +
          / loading="lazy" style="width:100%;max-width:680px;height:800px;border:0"/.source,
      ),
    );
  });

  it("honours maxwidth and maxheight without ever growing past the chart's own size", () => {
    expect(answer(compare, 400, 300)).toMatchObject({ width: 400, height: 300 });
    expect(answer(compare, 400, 300).html).toContain("max-width:400px;height:300px");
    expect(answer(compare, 5000, 5000)).toMatchObject({ width: OEMBED_WIDTH, height: 800 });
    expect(answer(program, null, 100)).toMatchObject({ width: OEMBED_WIDTH, height: 100 });
    expect(answer(program).height).toBe(430); // the program timeline's reserved height, its sources folded
    expect(answer({ kind: "timeline", filters: { program: [], status: [] }, asOf: null }).height).toBe(740);
  });

  it("embeds the named chart, its pin and theme, and escapes the title inside the HTML", () => {
    const result = buildOembedAnswer({ ref: program, theme: "dark", origin, title: `Stargate <"&'>`, maxwidth: null, maxheight: null });
    expect(result.html).toContain('src="https://atlas.test/embed/program/stargate?chart=timeline&amp;asOf=2026-01-15&amp;theme=dark"');
    expect(result.html).toContain('title="Stargate &lt;&quot;&amp;&#39;&gt;"');
    expect(result.html).not.toContain('<"');
    expect(result.title).toBe(`Stargate <"&'>`);
  });
});
