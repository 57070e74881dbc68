import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { idOf, keys } from "@/lib/seed/keys";
import { firstMeaningfulLine, seedDocumentByCode, seedDocuments } from "@/lib/seed/seed-documents";
import { normalizeQuote, seedFigures } from "@/lib/seed/seed-figures";
import { rows } from "./seed-rows";

// The seed texts sit beside the repository (../shared/seeds); checks against them run when present.
const seedsDir = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const haveSeeds = existsSync(seedsDir);
const seedText = (file: string) => normalizeQuote(readFileSync(path.join(seedsDir, file), "utf8"));

type Stored = {
  id: string;
  sourceId?: string;
  quote?: string | null;
  notes?: string | null;
  description?: string | null;
  editorNote?: string | null;
};
const stored: Stored[] = [...rows.fundingClaims, ...rows.capacityClaims, ...rows.milestones, ...rows.participations, ...rows.sources];

describe("seed figures", () => {
  const inScope = seedFigures.filter((f) => "key" in f);

  it("lists each figure inside its quote, with a reason whenever it is out of scope", () => {
    for (const figure of seedFigures) {
      expect(normalizeQuote(figure.quote)).toContain(normalizeQuote(figure.figure));
      if ("outOfScope" in figure) expect(figure.outOfScope.length).toBeGreaterThan(10);
    }
    expect(inScope.length).toBeGreaterThan(30);
  });

  it.each(inScope.map((f) => [f.seed, f.figure, f] as const))("seed %s: %s is stored", (_seed, _figure, figure) => {
    if (!("key" in figure)) throw new Error("unreachable");
    const row = stored.find((r) => r.id === idOf(figure.key));
    expect(row, figure.key).toBeDefined();
    const seedSource = idOf(keys.source(seedDocumentByCode(figure.seed).ref));
    const isTheSeed = row!.id === seedSource;
    const citesTheSeed = row!.sourceId === seedSource;
    const quoted = [row!.quote, row!.notes, row!.description, row!.editorNote].some(
      (text) => text && normalizeQuote(text).includes(normalizeQuote(figure.figure)),
    );
    expect(isTheSeed || citesTheSeed || quoted).toBe(true);
  });

  it.runIf(haveSeeds)("quotes every figure verbatim from its seed text", () => {
    for (const figure of seedFigures) {
      expect(seedText(seedDocumentByCode(figure.seed).file), figure.quote).toContain(normalizeQuote(figure.quote));
    }
  });
});

describe("seed documents", () => {
  it.runIf(haveSeeds)("are titled with the first meaningful line of their text", () => {
    for (const doc of seedDocuments) {
      expect(firstMeaningfulLine(readFileSync(path.join(seedsDir, doc.file), "utf8"))).toBe(doc.title);
    }
  });

  it("skip page furniture when looking for a title", () => {
    expect(firstMeaningfulLine("Top Nav\n\nLa Mission Genesis, ou quand les Avengers\n")).toBe("La Mission Genesis, ou quand les Avengers");
    expect(firstMeaningfulLine("EN BREF |\n|\nUne phrase assez longue pour un titre. Puis une autre.")).toBe(
      "Une phrase assez longue pour un titre. Puis une autre.",
    );
    expect(firstMeaningfulLine(`${"mot ".repeat(60)}fin. Suite.`)).toMatch(/fin\.$/);
  });
});
