// The API's CSV answers: each is the JSON answer laid out as a table (same records, same order),
// and a text from the database that a spreadsheet would run as a formula (=, +, -, @) is escaped.
import { beforeAll, describe, expect, it } from "vitest";
import { call, useSeededApi } from "../support/api-routes";
import { parseCsv } from "../support/parse-csv";
import { day } from "../support/seeded-database";

const seeded = useSeededApi();
const formulas = { org: '=HYPERLINK("https://evil.example","x")', milestone: "+SUM(1,2)", source: "@cmd|' /C calc'!A0", role: "-2+3" };

beforeAll(async () => {
  const db = seeded().db;
  const stargate = await db.program.findUniqueOrThrow({ where: { slug: "stargate" }, select: { id: true } });
  const source = await db.source.create({
    data: {
      kind: "news",
      title: formulas.source,
      publisher: "Formula Weekly",
      url: "https://example.org/formula",
      publishedOn: day("2025-03-01"),
      reliability: "secondary",
    },
  });
  const org = await db.organization.create({ data: { slug: "formula-org", name: formulas.org, kind: "company", country: formulas.role } });
  await db.participation.create({ data: { programId: stargate.id, organizationId: org.id, role: "supplier", sourceId: source.id } });
  await db.milestone.create({
    data: { programId: stargate.id, title: formulas.milestone, dueOn: day("2025-09-01"), status: "planned", sourceId: source.id },
  });
});

async function both<T>(operation: string, query = "") {
  const json = (await (await call(operation, `${operation}?${query}`)).json()) as { data: T };
  const csv = parseCsv(await (await call(operation, `${operation}?format=csv&${query}`)).text());
  return { data: json.data, rows: csv };
}

describe("CSV escapes formulas", () => {
  it("prefixes a cell starting with =, +, - or @ so a spreadsheet shows it as text", async () => {
    const organisations = (await both<unknown>("/api/v1/organisations")).rows.find((r) => r.organisation_slug === "formula-org")!;
    expect(organisations.organisation).toBe(`'${formulas.org}`);
    expect(organisations.country).toBe(`'${formulas.role}`);
    const milestone = (await both<unknown>("/api/v1/milestones")).rows.find((r) => r.title?.includes("SUM"))!;
    expect(milestone.title).toBe(`'${formulas.milestone}`);
    expect(milestone.source_title).toBe(`'${formulas.source}`);
    const sources = (await both<unknown>("/api/v1/sources")).rows.filter((r) => r.publisher === "Formula Weekly");
    expect(sources.length).toBe(2);
    for (const row of sources) expect(row.title).toBe(`'${formulas.source}`);
  });
});

describe("CSV matches JSON", () => {
  it.each(["", "asOf=2025-06-30"])(
    "programs (%s): one line per headline funding claim, a program without one on a line of its own",
    async (query) => {
      const { data, rows } = await both<{ slug: string; headlineFunding: { id: string }[] }[]>("/api/v1/programs", query);
      const expected = data.flatMap((p) => (p.headlineFunding.length ? p.headlineFunding.map((c) => [p.slug, c.id]) : [[p.slug, ""]]));
      expect(rows.map((r) => [r.program_slug, r.claim_id])).toEqual(expected);
    },
  );

  it.each(["", "program=stargate&status=overdue", "asOf=2025-06-30"])(
    "milestones (%s): one line per milestone, in order",
    async (query) => {
      const { data, rows } = await both<{ milestones: { id: string; title: string }[] }>("/api/v1/milestones", query);
      expect(data.milestones.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.milestone_id)).toEqual(data.milestones.map((m) => m.id));
    },
  );

  it.each(["", "asOf=2025-06-30"])("organisations (%s): one line per organisation and program", async (query) => {
    const { data, rows } = await both<{ slug: string; programs: { slug: string; roles: string[] }[] }[]>("/api/v1/organisations", query);
    expect(rows.map((r) => [r.organisation_slug, r.program_slug, r.roles])).toEqual(
      data.flatMap((o) => o.programs.map((p) => [o.slug, p.slug, p.roles.join("; ")])),
    );
  });

  it.each(["", "asOf=2025-06-30"])("sources (%s): every source, each line a record it backs", async (query) => {
    const { data, rows } = await both<{ id: string; funding: { id: string }[]; milestones: { id: string }[]; exchangeRates: unknown[] }[]>(
      "/api/v1/sources",
      query,
    );
    expect([...new Set(rows.map((r) => r.source_id))]).toEqual(data.map((s) => s.id));
    for (const source of data) {
      const lines = rows.filter((r) => r.source_id === source.id);
      expect(lines.filter((r) => r.supports === "funding").map((r) => r.item_id)).toEqual(source.funding.map((c) => c.id));
      expect(lines.filter((r) => r.supports === "milestones").map((r) => r.item_id)).toEqual(source.milestones.map((m) => m.id));
      expect(lines.filter((r) => r.supports === "exchange_rates").length).toBe(source.exchangeRates.length);
    }
  });
});
