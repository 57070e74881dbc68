import { describe, expect, it } from "vitest";
import { capacityClaimSchema } from "@/lib/schemas/capacity-claim";
import { fundingClaimSchema } from "@/lib/schemas/funding-claim";
import { milestoneSchema } from "@/lib/schemas/milestone";
import { participationSchema } from "@/lib/schemas/participation";
import { programSchema } from "@/lib/schemas/program";
import { sourceSchema } from "@/lib/schemas/source";
import { rows } from "./seed-rows";

// The seed is one more writer: what it stores must pass the same schemas the editors' forms will
// use, or an editor could not re-save a seeded record unchanged.
function asFormValues(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString().slice(0, 10) : value]),
  );
}

function problems(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  list: object[],
) {
  return list.flatMap((row) => {
    const result = schema.safeParse(asFormValues(row));
    return result.success
      ? []
      : [`${(row as { id: string }).id}: ${result.error!.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`];
  });
}

describe("seed rows pass the shared schemas", () => {
  it.each([
    ["sources", sourceSchema, rows.sources],
    ["programs", programSchema, rows.programs],
    ["funding claims", fundingClaimSchema, rows.fundingClaims],
    ["capacity claims", capacityClaimSchema, rows.capacityClaims],
    ["milestones", milestoneSchema, rows.milestones],
    ["participations", participationSchema, rows.participations],
  ] as const)("%s", (_name, schema, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(problems(schema, list as object[])).toEqual([]);
  });
});
