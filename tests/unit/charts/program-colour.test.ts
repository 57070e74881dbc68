import { describe, expect, it } from "vitest";
import { contrast, programColour, programColours, programPalette } from "@/lib/charts/program-colour";

describe("programColour", () => {
  it("gives a program the same colour every time, whatever else is drawn", () => {
    expect(programColour("stargate")).toBe(programColour("stargate"));
    expect(programPalette).toContain(programColour("genesis-mission"));
  });

  it("spreads programs over the palette", () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `program-${i}`);
    expect(new Set(slugs.map(programColour)).size).toBe(programPalette.length);
  });

  it("keeps 3:1 contrast on the light and the dark page", () => {
    for (const colour of programPalette) {
      expect(contrast(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, "#0f172a"), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it("never gives two programs of one view the same colour, up to 9 of them", () => {
    const seeded = ["genesis-mission", "atom-project", "stargate", "fluidstack-france", "eurohpc-ai-factories"];
    // The hash alone gives two of them the same purple.
    expect(programColour("fluidstack-france")).toBe(programColour("atom-project"));
    const colours = programColours(seeded);
    expect(new Set(Object.values(colours)).size).toBe(seeded.length);
    // Only one of the two moves; every other program keeps the colour it prefers.
    expect(seeded.filter((slug) => colours[slug] !== programColour(slug))).toHaveLength(1);
    const nine = Array.from({ length: 9 }, (_, i) => `program-${i}`);
    expect(new Set(Object.values(programColours([...nine, ...nine]))).size).toBe(9);
    // The same set in any order gets the same colours (every panel and legend of a view agrees).
    expect(programColours([...seeded].reverse())).toEqual(colours);
  });
});
