import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ShareToolbar } from "@/components/share/share-toolbar";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import type { ChartRef } from "@/lib/charts/chart-ref";
import { oembedAlternates, oembedDiscoveryUrl } from "@/lib/embed/share-discovery";
import { shareModel, todayIso } from "@/lib/embed/share-variants";
import { originFromHeaders, resolveSiteOrigin } from "@/lib/security/site-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("site origin", () => {
  it("prefers the configured base URL, reduced to its origin", () => {
    expect(resolveSiteOrigin("https://atlas.example/some/path", headers({ host: "evil.test" }))).toBe("https://atlas.example");
  });

  it("else takes the Host header, https only when the proxy says so", () => {
    expect(resolveSiteOrigin(undefined, headers({ host: "atlas.test:3220" }))).toBe("http://atlas.test:3220");
    expect(resolveSiteOrigin(undefined, headers({ host: "Atlas.Test", "x-forwarded-proto": "https, http" }))).toBe("https://atlas.test");
    expect(resolveSiteOrigin(undefined, headers({ host: "atlas.test", "x-forwarded-proto": "gopher" }))).toBe("http://atlas.test");
    expect(originFromHeaders(headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("ignores a malformed Host and falls back to the request URL", () => {
    for (const host of ["evil.test/path", "a b", "evil.test@x", "x:99999999"]) {
      expect(originFromHeaders({ get: (name) => (name === "host" ? host : null) }), host).toBeNull();
    }
    expect(resolveSiteOrigin(undefined, headers({}), "http://127.0.0.1:3220/api/oembed?url=x")).toBe("http://127.0.0.1:3220");
  });
});

describe("share model", () => {
  const origin = "https://atlas.test";
  const live: ChartRef = { kind: "compare", params: { ...defaultCompareParams, programs: ["stargate"] } };
  const model = shareModel({ ref: live, origin, title: "Money announced: The Stargate Project", today: "2026-11-21" });

  it("downloads the chart as shown at the contract's image and data addresses", () => {
    expect(model.downloads.map((d) => [d.label, d.href])).toEqual([
      ["PNG", "/api/v1/charts/compare?program=stargate&format=png"],
      ["SVG", "/api/v1/charts/compare?program=stargate&format=svg"],
      ["CSV", "/api/v1/compare?program=stargate&format=csv"],
      ["JSON", "/api/v1/compare?program=stargate&format=json"],
    ]);
  });

  it("offers the live chart and the chart pinned to today, in each theme", () => {
    expect(model.pinnedOn).toBe("2026-11-21");
    expect(model.variants.map((v) => `${v.pin}/${v.theme}`)).toEqual([
      "live/auto",
      "live/light",
      "live/dark",
      "live/transparent",
      "pinned/auto",
      "pinned/light",
      "pinned/dark",
      "pinned/transparent",
    ]);
    const pinnedDark = model.variants.find((v) => v.pin === "pinned" && v.theme === "dark")!;
    expect(pinnedDark.previewPath).toBe("/embed/compare?program=stargate&asOf=2026-11-21&theme=dark");
    expect(pinnedDark.iframe).toContain('src="https://atlas.test/embed/compare?program=stargate&amp;asOf=2026-11-21&amp;theme=dark"');
    expect(pinnedDark.script).toContain(
      'data-compute-atlas-embed="https://atlas.test/embed/compare?program=stargate&amp;asOf=2026-11-21&amp;theme=dark"',
    );
    const liveAuto = model.variants[0]!;
    expect(liveAuto.iframe).toContain('src="https://atlas.test/embed/compare?program=stargate"');
    expect(liveAuto.iframe).toContain("height:800px");
  });

  it("pins a past view to its own date, and its live version drops the pin", () => {
    const past: ChartRef = { kind: "program", slug: "stargate", chart: "timeline", asOf: "2026-01-15" };
    const pastModel = shareModel({ ref: past, origin, title: "Stargate: milestones", today: "2026-11-21" });
    expect(pastModel.pinnedOn).toBe("2026-01-15");
    expect(pastModel.variants[0]!.previewPath).toBe("/embed/program/stargate?chart=timeline");
    expect(pastModel.variants[4]!.previewPath).toBe("/embed/program/stargate?chart=timeline&asOf=2026-01-15");
    expect(pastModel.downloads[2]!.href).toBe("/api/v1/milestones?program=stargate&asOf=2026-01-15&format=csv");
  });

  it("writes today as a UTC day", () => {
    expect(todayIso(new Date("2026-11-21T23:30:00-05:00"))).toBe("2026-11-22");
  });
});

describe("oEmbed discovery", () => {
  it("names the endpoint with the page's absolute, encoded address", () => {
    expect(oembedDiscoveryUrl("https://atlas.test", "/compare?program=stargate&metric=power")).toBe(
      "https://atlas.test/api/oembed?url=https%3A%2F%2Fatlas.test%2Fcompare%3Fprogram%3Dstargate%26metric%3Dpower&format=json",
    );
    expect(oembedAlternates("https://atlas.test", "/", "Budget comparison")).toEqual({
      types: {
        "application/json+oembed": [
          { url: "https://atlas.test/api/oembed?url=https%3A%2F%2Fatlas.test%2F&format=json", title: "Budget comparison" },
        ],
      },
    });
  });
});

describe("the toolbar as the server renders it (what a reader without JavaScript gets)", () => {
  const chart: ChartRef = { kind: "timeline", filters: { program: ["stargate"], status: [] }, asOf: null };
  const html = renderToStaticMarkup(
    createElement(ShareToolbar, {
      chart,
      origin: "https://atlas.test",
      title: 'Milestones: "Stargate" <&>',
      today: "2026-11-21",
      idPrefix: "timeline",
    }),
  );

  it("has a closed disclosure holding the live and the pinned snippets, labelled, and a lazy preview", () => {
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Embed this chart<\/summary>/);
    expect(html).not.toMatch(/<details[^>]*open/);
    for (const id of [
      "timeline-snippet-iframe-live",
      "timeline-snippet-script-live",
      "timeline-snippet-iframe-pinned",
      "timeline-snippet-script-pinned",
    ]) {
      expect(html).toContain(`<label for="${id}"`);
      expect(html).toMatch(new RegExp(`<textarea[^>]*id="${id}"[^>]*readonly`, "i"));
    }
    // The snippet is text inside the textarea: escaped once more by React, so it cannot open a tag.
    expect(html).toContain("&lt;iframe src=&quot;https://atlas.test/embed/timeline?program=stargate&amp;amp;asOf=2026-11-21&quot;");
    expect(html).not.toContain('<iframe src="https://atlas.test');
    expect(html).toMatch(
      /<iframe src="\/embed\/timeline\?program=stargate" title="Preview: Milestones: &quot;Stargate&quot; &lt;&amp;&gt;" loading="lazy"/,
    );
    expect(html).not.toContain('type="radio"');
  });

  it("links the downloads", () => {
    expect(html).toContain('href="/api/v1/charts/timeline?program=stargate&amp;format=png" download=""');
    expect(html).toContain('href="/api/v1/milestones?program=stargate&amp;format=csv" download=""');
  });
});
