import { describe, expect, it } from "vitest";
import { contrast, programColour, programPalette } from "@/lib/charts/program-colour";

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
});
