import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fxFileSchema, rawProgramSchema, type SeedInput } from "./input-schema";
import { updatesFileSchema } from "./update-schema";

// Resolved from this file, not from the working directory, so `npm run db:seed`, the launcher and
// the tests all read the same files wherever they are started from.
export const seedDataDir = path.resolve(import.meta.dirname, "../../prisma/seed-data");

/** programs.json, fx_rates.json and updates_2026.json from prisma/seed-data, validated. */
export function loadSeedInput(dir: string = seedDataDir): SeedInput {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  return {
    programs: z.array(rawProgramSchema).parse(read("programs.json")),
    fx: fxFileSchema.parse(read("fx_rates.json")),
    updates: updatesFileSchema.parse(read("updates_2026.json")).updates,
  };
}
