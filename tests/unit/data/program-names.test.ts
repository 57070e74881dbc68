import { describe, expect, it } from "vitest";
import { findText, listedPrograms, withFind } from "@/lib/data/program-names";

const all = ["a", "b", "c", "d"].map((slug) => ({ slug, name: slug.toUpperCase() }));

describe("listedPrograms", () => {
  it("keeps every program's order and lists each once, whatever the lists name", () => {
    expect(listedPrograms(all, ["c", "a"], ["a", "gone"], [])).toEqual([
      { slug: "a", name: "A" },
      { slug: "c", name: "C" },
    ]);
    expect(listedPrograms(all)).toEqual([]);
  });
});

describe("findText and withFind", () => {
  it("reads the first find value, trimmed and bounded", () => {
    expect(findText({})).toBe("");
    expect(findText({ find: ["  star ", "x"] })).toBe("star");
    expect(findText({ find: "x".repeat(300) })).toHaveLength(100);
    // PostgreSQL text cannot hold NUL: a text with control characters is no search (the page would fail).
    expect(findText({ find: "a\u0000b" })).toBe("");
    expect(findText({ find: "\u001F" })).toBe("");
  });

  it("keeps the searched text on the page's address", () => {
    expect(withFind("/compare", "")).toBe("/compare");
    expect(withFind("/compare", "gen ai")).toBe("/compare?find=gen+ai");
    expect(withFind("/compare?metric=power", "é&")).toBe("/compare?metric=power&find=%C3%A9%26");
  });
});
