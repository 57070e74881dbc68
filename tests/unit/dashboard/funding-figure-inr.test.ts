// Issue 15: readers see Indian rupees as Indian sources print them ("₹10,371.92 crore"), beside the
// USD conversion, in the figure the program page, the review page and the form preview all render.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FundingFigure } from "@/components/dashboard/funding-figure";
import { previewFunding } from "@/lib/editing/preview-claim";
import { INR_2025 } from "../money/reference-rates";

const source = { title: "Cabinet approves IndiaAI Mission", publisher: "PIB", publishedOn: "2025-03-07", reliability: "primary" };

describe("an Indian rupee figure on the public page", () => {
  it("reads ₹10,371.92 crore, with lakh/crore grouping, beside its USD conversion", () => {
    const preview = previewFunding({ label: "Outlay", amountText: "Rs 10,371.92 crore", kind: "appropriated" }, source, [INR_2025]);
    expect(preview.state).toBe("ok");
    if (preview.state !== "ok") return;
    const html = renderToStaticMarkup(createElement(FundingFigure, { claim: preview.figure })).replace(/\u00a0/g, " ");
    expect(html).toContain(">₹10,371.92 crore</span>");
    expect(html).not.toContain("INR 104");
    expect(html).toContain("≈ $1.19 bn at the 2025 average INR/USD rate (Federal Reserve)");
  });
});
