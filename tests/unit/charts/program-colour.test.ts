import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrast, inColourOrder, programColour, programColours, programPalette } from "@/lib/charts/program-colour";

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

  it("never gives two of 9 programs the same colour; the later of two that prefer one colour moves", () => {
    const byAnnouncement = ["fluidstack-france", "stargate", "atom-project", "genesis-mission", "eurohpc-ai-factories"];
    // The hash alone gives two of them the same purple.
    expect(programColour("fluidstack-france")).toBe(programColour("atom-project"));
    const colours = programColours(byAnnouncement);
    expect(new Set(Object.values(colours)).size).toBe(byAnnouncement.length);
    expect(byAnnouncement.filter((slug) => colours[slug] !== programColour(slug))).toEqual(["atom-project"]);
    const nine = Array.from({ length: 9 }, (_, i) => `program-${i}`);
    expect(new Set(Object.values(programColours([...nine, ...nine]))).size).toBe(9);
  });

  it("never repaints a program when a later one is announced", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 30 }), fc.nat(), (slugs, cut) => {
        const known = slugs.slice(0, 1 + (cut % slugs.length));
        const before = programColours(known);
        const after = programColours(slugs);
        for (const slug of known) expect(after[slug]).toBe(before[slug]);
        if (known.length <= programPalette.length) expect(new Set(Object.values(before)).size).toBe(known.length);
      }),
    );
  });

  it("keeps up to 9 programs drawn together apart past 9 published, and each keeps its own colour when drawn alone", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), { minLength: 10, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
        (order, picks) => {
          const drawn = [...new Set(picks.map((pick) => order[pick % order.length]!))];
          const everywhere = programColours(order);
          const together = programColours(order, drawn);
          expect(new Set(drawn.map((slug) => together[slug])).size).toBe(drawn.length);
          for (const slug of drawn) expect(programColours(order, [slug])[slug]).toBe(everywhere[slug]);
        },
      ),
    );
    // With 9 or fewer published, what is drawn never moves a colour.
    const five = ["fluidstack-france", "stargate", "atom-project", "genesis-mission", "eurohpc-ai-factories"];
    expect(programColours(five, ["atom-project", "stargate"])).toEqual(programColours(five));
  });
});

describe("inColourOrder", () => {
  it("puts the first published first, ties by slug, unpublished last", () => {
    const at = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
    const programs = [
      { slug: "b-late", publishedAt: at("2026-06-01") },
      { slug: "draft", publishedAt: at(null) },
      { slug: "z-first", publishedAt: at("2025-01-01") },
      { slug: "a-late", publishedAt: at("2026-06-01") },
    ];
    expect(inColourOrder(programs).map((p) => p.slug)).toEqual(["z-first", "a-late", "b-late", "draft"]);
  });
});
