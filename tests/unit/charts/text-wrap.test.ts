import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateWidth, wrapText, type TextStyle } from "@/lib/charts/text-wrap";
import { parseWithResvg } from "../images/fonts";

const style: TextStyle = { fontSize: 15 };

describe("wrapText", () => {
  it("breaks between words so that every line fits, keeping every word in order", () => {
    const text = "The Stargate Project, Reported equity commitment – MGX (Abu Dhabi): ≈ $7 bn. committed · reported · as of 2025-01-22.";
    const lines = wrapText(text, 300, style);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(estimateWidth(line, style)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe(text);
  });

  it("fills a line as far as the next word allows", () => {
    const lines = wrapText("aaa bbb ccc ddd", estimateWidth("aaa bbb", style) + 0.5, style);
    expect(lines).toEqual(["aaa bbb", "ccc ddd"]);
  });

  it("cuts a word longer than a line (a URL) into pieces that fit", () => {
    const url = `https://example.org/${"segment-".repeat(40)}end`;
    const lines = wrapText(`See ${url}`, 400, style);
    expect(lines.join("").replace(/^See/, "")).toBe(url);
    for (const line of lines) expect(estimateWidth(line, style)).toBeLessThanOrEqual(400);
  });

  it("never breaks at a no-break space: a number stays with its unit and its footnote mark", () => {
    const label = "≈ more than $2.94\u00a0bn\u00a0[3]";
    const lines = wrapText(label, estimateWidth("≈ more than $2.94", style), style);
    expect(lines).toEqual(["≈ more than", "$2.94\u00a0bn\u00a0[3]"]);
    // A no-break space is measured as a space, not as a wide character.
    expect(estimateWidth("$320\u00a0M", style)).toBe(estimateWidth("$320 M", style));
  });

  it("turns newlines and runs of spaces into single spaces and drops empty text", () => {
    expect(wrapText("a\n\n b\t c  ", 1000, style)).toEqual(["a b c"]);
    expect(wrapText("  \n ", 1000, style)).toEqual([]);
  });

  it("never loses or reorders a word, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 20, max: 1200 }), (text, width) => {
        const lines = wrapText(text, width, style);
        expect(lines.join("").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
        for (const line of lines) if ([...line].length > 1) expect(estimateWidth(line, style)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it("estimates no narrower than DejaVu Sans really draws (measured with resvg)", () => {
    const samples = [
      "Money announced, in US dollars, by program",
      "WWWWWMMMMM mmmmm wwwww @@@@@ %%%%%",
      "iiiii lllll ..... ,,,,, 11111",
      "Élysée ≈ €10 bn – “up to” · Genesis Mission (DOE)",
      "https://www.business-standard.com/amp/technology/tech-news/softbank",
    ];
    for (const bold of [false, true]) {
      for (const text of samples) {
        const fontSize = 20;
        const svg =
          `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="60"><text x="0" y="40" font-size="` +
          `${fontSize}"${bold ? ' font-weight="bold"' : ""}>${text}</text></svg>`;
        const box = parseWithResvg(svg).getBBox();
        expect(box, text).toBeDefined();
        expect(box!.x + box!.width, `${bold ? "bold " : ""}${text}`).toBeLessThanOrEqual(estimateWidth(text, { fontSize, bold }) + 1);
        // ...and not wildly wider, or lines would end far from the margin.
        expect(estimateWidth(text, { fontSize, bold })).toBeLessThan((box!.x + box!.width) * 1.25);
      }
    }
  });
});
