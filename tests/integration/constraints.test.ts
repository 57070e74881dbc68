import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createProgram, createSource } from "../factories/records";
import { tableChecksums } from "../support/table-checksums";
import { useTestDatabase } from "../support/test-database";

// The database itself refuses figures that would read wrongly, whoever writes them.
const { db } = useTestDatabase();
let claimBase: { programId: string; sourceId: string; currency: string; kind: "pledged"; confidence: "verified"; label: string };

beforeAll(async () => {
  const [program, source] = await Promise.all([createProgram(db), createSource(db)]);
  claimBase = { programId: program.id, sourceId: source.id, currency: "USD", kind: "pledged", confidence: "verified", label: "x" };
});

describe("database constraints", () => {
  it.each([
    ["a range whose low end is above its high end", { shape: "range", amountLow: "5", amountHigh: "4" }],
    ["a range with one end missing", { shape: "range", amountLow: "5" }],
    ["an exact figure without an amount", { shape: "exact" }],
    ["a negative amount", { shape: "exact", amount: "-1" }],
    ["a lower-case currency code", { shape: "exact", amount: "1", currency: "usd" }],
  ] as const)("refuses %s", async (_name, fields) => {
    const before = await tableChecksums(db);
    await expect(db.fundingClaim.create({ data: { ...claimBase, ...fields } })).rejects.toThrow();
    expect(await tableChecksums(db)).toEqual(before);
  });

  it("refuses a claim whose source does not exist", async () => {
    await expect(
      db.fundingClaim.create({ data: { ...claimBase, sourceId: "00000000-0000-4000-8000-000000000000", shape: "exact", amount: "1" } }),
    ).rejects.toThrow();
  });

  it("refuses a source that is neither a web page nor a seed document, or a non-http URL", async () => {
    const base = { kind: "news", title: "t", publisher: "p", reliability: "secondary" } as const;
    await expect(db.source.create({ data: { ...base } })).rejects.toThrow();
    await expect(db.source.create({ data: { ...base, url: "javascript:alert(1)" } })).rejects.toThrow();
  });

  it("refuses a program or organisation website that is not http(s), and accepts one that is", async () => {
    const program = await createProgram(db);
    const organization = await db.organization.create({ data: { name: "Org", slug: `org-${randomUUID().slice(0, 8)}`, kind: "company" } });
    for (const website of ["javascript:alert(1)", "data:text/html,x", "//evil.example", "ftp://example.org"]) {
      await expect(db.program.update({ where: { id: program.id }, data: { website } }), website).rejects.toThrow();
      await expect(db.organization.update({ where: { id: organization.id }, data: { website } }), website).rejects.toThrow();
    }
    const website = "https://example.org/programme";
    expect((await db.program.update({ where: { id: program.id }, data: { website } })).website).toBe(website);
    expect((await db.organization.update({ where: { id: organization.id }, data: { website } })).website).toBe(website);
  });

  it("accepts a well-formed range", async () => {
    const claim = await db.fundingClaim.create({ data: { ...claimBase, shape: "range", amountLow: "200000000", amountHigh: "300000000" } });
    expect(claim.amountLow?.toString()).toBe("200000000");
  });
});
