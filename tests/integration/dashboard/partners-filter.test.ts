// /partners filtered by program and by kind of organisation, in the database; one row per
// organisation with its roles merged; at most MATRIX_COLUMNS program columns.
import { describe, expect, it } from "vitest";
import { loadPartnerMatrix, loadPartnerPrograms, matrixColumns, MATRIX_COLUMNS } from "../../../lib/data/partners";
import { parsePartnerFilters } from "../../../lib/dashboard/partners-params";
import { generatePrograms } from "../../support/generate-programs";
import { useTestDatabase } from "../../support/test-database";

const seeded = useTestDatabase({ seeded: true });

describe("partners filters", () => {
  it("keeps one program's partners, one row per organisation with its roles listed once", async () => {
    const matrix = await loadPartnerMatrix(seeded.db, null, { program: "stargate" });
    expect(matrix.programs.map((p) => p.slug)).toEqual(["stargate"]);
    const slugs = matrix.organizations.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const oracle = matrix.organizations.find((o) => o.slug === "oracle")!;
    expect(oracle.roles.stargate!.length).toBeGreaterThan(0);
    expect(new Set(oracle.roles.stargate).size).toBe(oracle.roles.stargate!.length);
  });

  it("keeps one kind of organisation", async () => {
    const matrix = await loadPartnerMatrix(seeded.db, null, { kind: "company" });
    expect(matrix.organizations.length).toBeGreaterThan(0);
    expect(matrix.organizations.every((o) => o.kind === "company")).toBe(true);
    expect(matrix.organizations.map((o) => o.slug)).toContain("nvidia");
  });

  it("reads the filters from the URL and drops bad values", () => {
    expect(parsePartnerFilters({ program: "stargate", kind: "company" })).toMatchObject({ program: "stargate", kind: "company" });
    expect(parsePartnerFilters({ program: "Bad Slug!", kind: "alien", unconfirmed: "yes" })).toEqual({});
  });

  it("with many programs shows the ones with the most partners as columns, and lists every program to pick", async () => {
    await generatePrograms(seeded.db, 40);
    const matrix = await loadPartnerMatrix(seeded.db, null);
    const columns = matrixColumns(matrix);
    expect(matrix.programs.length).toBeGreaterThan(MATRIX_COLUMNS);
    expect(columns).toHaveLength(MATRIX_COLUMNS);
    expect((await loadPartnerPrograms(seeded.db, null)).length).toBe(45);
  });
});
