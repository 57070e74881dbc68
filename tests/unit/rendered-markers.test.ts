// The e2e public-surface check reads rendered answers: a research note put back anywhere a reader
// can read it (text split by markup, an alt text, an SVG title, the page's JSON payload) is found;
// reader wording is not flagged.
import { describe, expect, it } from "vitest";
import { markersInRendered } from "../support/rendered-text";

const clean = `<main><h1>Stargate</h1><p>Up to $500 bn over four years (OpenAI, 2025-01-21).</p>
<img alt="Bar chart of Stargate's funding claims" src="/api/v1/charts/program/stargate?format=png">
<svg><title>$500 bn, private intention</title></svg></main>`;

describe("research markers in rendered answers", () => {
  it("finds nothing in reader wording", () => {
    expect(markersInRendered("page", clean)).toEqual([]);
  });

  it.each([
    ["text split by markup", "<p>Sub-line of the $320M; do not <em>add</em> to the total.</p>"],
    ["an alt text with entities", `<img alt="Seed&#x20;002 (fr): &laquo; 500 milliards &raquo;">`],
    ["an SVG title", "<svg><title>Do not publish.</title></svg>"],
    ["the page's JSON payload", `<script>self.__next_f.push([1,"No public evidence found\\u0020here"])</script>`],
    ["a seed file name", "<li>(seed document 000_e4abc40b01102996.txt)</li>"],
  ])("finds a note in %s", (_where, note) => {
    expect(markersInRendered("page", clean.replace("</main>", `${note}</main>`))).not.toEqual([]);
  });
});
