import { describe, expect, it } from "vitest";
import { defaultCompareParams } from "@/lib/dashboard/compare-params";
import { fileStemOf } from "@/lib/charts/chart-ref";
import type { ChartImage } from "@/lib/images/chart-image";
import { imageEtag, imageHeaders, imageResponse } from "@/lib/images/image-response";
import { readTexts } from "@/lib/images/png-chunks";

const image: ChartImage = {
  title: "Power announced, by program",
  permalink: "https://atlas.example/compare?metric=power",
  fileStem: "compute-atlas_compare_power_2026-01-05",
  svg:
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" ` +
    `height="100" viewBox="0 0 1200 100"><rect width="1200" height="100" fill="#fff"/></svg>`,
};

describe("image requests", () => {
  it("names the file in plain ASCII from the chart, its main options and the day", () => {
    const compare = (options: Partial<typeof defaultCompareParams>) => ({
      kind: "compare" as const,
      params: { ...defaultCompareParams, ...options },
    });
    expect(fileStemOf(compare({ metric: "money", currency: "usd" }), "2026-12-06")).toBe("compute-atlas_compare_funding_usd_2026-12-06");
    expect(fileStemOf(compare({ metric: "power", scale: "log" }), "2026-01-05")).toBe("compute-atlas_compare_power_log_2026-01-05");
    expect(fileStemOf(compare({ metric: "money", currency: "eur", programs: ["a", "b", "c", "d", "e"] }), "2026-01-05")).toBe(
      "compute-atlas_compare_funding_eur_a_b_c_2-more_2026-01-05",
    );
    expect(fileStemOf({ kind: "timeline", filters: { program: [], status: [] }, asOf: null }, "2026-01-05")).toBe(
      "compute-atlas_timeline_2026-01-05",
    );
    expect(fileStemOf({ kind: "timeline", filters: { program: ["stargate"], status: ["overdue"] }, asOf: null }, "2026-01-05")).toBe(
      "compute-atlas_timeline_stargate_overdue_2026-01-05",
    );
    expect(fileStemOf({ kind: "program", slug: "stargate", chart: "timeline", asOf: null }, "2026-01-05")).toBe(
      "compute-atlas_stargate_timeline_2026-01-05",
    );
    expect(fileStemOf({ kind: "program", slug: "x", chart: "funding", asOf: null }, `"; filename*=évil\r\n`)).toMatch(/^[a-z0-9_-]+$/);
  });

  it("sends an SVG named for saving that can run nothing, a PNG as a plain image, both open to any origin", () => {
    const svg = imageHeaders(image, "svg");
    expect(svg["Content-Type"]).toBe("image/svg+xml; charset=utf-8");
    expect(svg["Content-Security-Policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    expect(svg["Content-Disposition"]).toBe(`inline; filename="compute-atlas_compare_power_2026-01-05.svg"`);
    const png = imageHeaders(image, "png");
    expect(png).toMatchObject({
      "Content-Type": "image/png",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=0, s-maxage=30, stale-while-revalidate=30",
    });
  });

  it("tags each format and document with its own weak ETag and answers 304 without drawing when it matches", async () => {
    expect(imageEtag(image.svg, "png")).toMatch(/^W\/"[\w-]+"$/);
    expect(imageEtag(image.svg, "png")).not.toBe(imageEtag(image.svg, "svg"));
    expect(imageEtag(image.svg, "png")).not.toBe(imageEtag(`${image.svg} `, "png"));
    const first = await imageResponse(new Request("http://x/a"), image, "png");
    expect(first.status).toBe(200);
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(readTexts(bytes)).toEqual({ Title: image.title, Source: image.permalink });
    const again = await imageResponse(
      new Request("http://x/a", { headers: { "If-None-Match": first.headers.get("ETag")! } }),
      image,
      "png",
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
