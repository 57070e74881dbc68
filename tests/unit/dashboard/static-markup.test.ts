// StaticMarkup sets a string as an element's inner HTML (dangerouslySetInnerHTML): this guards that
// the string is React's render, which escapes every text and blocks javascript: URLs, so a title or a
// source address typed by an editor can never become markup or a script.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MilestoneTable } from "@/components/dashboard/milestone-table";
import { milestone, source } from "../charts/claims";

describe("static markup", () => {
  it("escapes a hostile title and blocks a javascript: source link inside the inner HTML", () => {
    const hostile = milestone("m1", { ...source, url: "javascript:alert(1)" }, { title: "<img src=x onerror=alert(1)>" });
    const html = renderToStaticMarkup(createElement(MilestoneTable, { milestones: [hostile], caption: "Milestones", knownBy: null }));
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/href="javascript:alert/i);
    // React swaps a javascript: URL for a placeholder that throws when followed.
    expect(html).toMatch(/href="javascript:throw new Error\([^"]*React has blocked a javascript: URL/);
  });
});
