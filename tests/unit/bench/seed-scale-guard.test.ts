import { describe, expect, it } from "vitest";
import { programConfigs } from "../../../lib/seed/program-config";
import { databaseRefusal, environmentRefusal, overrideFlag } from "../../../scripts/seed-scale-guard";

const seeded = Object.values(programConfigs).map((config) => config.slug);

describe("npm run db:seed:scale refuses to mix fabricated programs with real ones", () => {
  it("refuses in production unless told so", () => {
    expect(environmentRefusal("production", [])).toContain("NODE_ENV is production");
    expect(environmentRefusal("production", [overrideFlag])).toBeNull();
    expect(environmentRefusal("development", [])).toBeNull();
    expect(environmentRefusal(undefined, [])).toBeNull();
  });

  it("refuses beside programs other than the seeded five, unless the dataset is there already or told so", () => {
    expect(seeded).toHaveLength(5);
    expect(databaseRefusal(seeded, [])).toBeNull();
    expect(databaseRefusal([], [])).toBeNull();
    expect(databaseRefusal([...seeded, "generated-0", "generated-1"], [])).toBeNull();
    expect(databaseRefusal([...seeded, "india-ai-mission"], [])).toContain("1 program(s) besides the seeded ones (india-ai-mission)");
    expect(databaseRefusal([...seeded, "india-ai-mission"], [overrideFlag])).toBeNull();
  });
});
