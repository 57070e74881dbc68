// Figures seed 000 states that programs.json only mentions inside an UNVERIFIED milestone. Every
// seed figure about the five programs must be a claim, so these become capacity claims, written in
// the research file's own shape and mapped like the others (seed source, unverified).
import type { RawComputeFigure } from "./input-schema";
import { seedDocumentByCode } from "./seed-documents";

const seed000 = seedDocumentByCode("000");
const fromSeed000 = [{ id: seed000.ref, type: "seed" as const, seedFile: seed000.file, title: seed000.title }];
const verification = "UNVERIFIED – seed 000 only; no ATOM source sets such a target";

function seed000Figure(metric: string, value: number, unit: string): RawComputeFigure {
  return { metric, value, unit, low: null, high: null, upTo: false, scope: null, basis: null, asOf: null, verification, sources: fromSeed000 };
}

export const seedOnlyCapacityFigures: ReadonlyArray<{ programId: string; figure: RawComputeFigure }> = [
  { programId: "us-atom-project", figure: seed000Figure("Seed 000 claim: 500 highly skilled jobs", 500, "jobs") },
  { programId: "us-atom-project", figure: seed000Figure("Seed 000 claim: 50 major scientific publications", 50, "publications") },
  { programId: "us-atom-project", figure: seed000Figure("Seed 000 claim: 10 high-performing open-source models", 10, "open-source models") },
];
