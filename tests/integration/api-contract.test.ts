// Every documented operation is called with its stored examples (lib/api/openapi/examples.ts)
// against the seeded database, through the real route handlers, and each answer is checked against
// the OpenAPI document: a documented status, the documented JSON schema (ajv, 2020-12), or the
// documented CSV columns, or an image of the documented type. Every operation is also made to
// answer 304 (its own ETag back) and 503 (an unreachable database): both must be documented.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../lib/api/openapi/document";
import { apiExamples, exampleUrl } from "../../lib/api/openapi/examples";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { call, origin, useSeededApi } from "../support/api-routes";
import { csvColumns, responseValidator } from "../support/openapi-ajv";
import { parseCsv } from "../support/parse-csv";

const seeded = useSeededApi();
const store = globalThis as { atlasPrisma?: unknown };

const doc = openApiDocument() as unknown as Parameters<typeof responseValidator>[0];
const validate = responseValidator(doc);

describe("the OpenAPI document's operations", () => {
  it("has stored examples for every documented operation, and only documented ones", () => {
    expect(new Set(apiExamples.map((e) => e.operation))).toEqual(new Set(Object.keys(doc.paths)));
    for (const operation of Object.keys(doc.paths)) {
      expect(
        apiExamples.some((e) => e.operation === operation && e.status === 200),
        `${operation} has a 200 example`,
      ).toBe(true);
    }
  });

  it("refuses a body that strays from the document (so the checks below can fail)", async () => {
    const response = await call("/api/v1/programs", "/api/v1/programs");
    const body = (await response.json()) as { data: Record<string, unknown>[] };
    const [first] = body.data;
    expect(validate("/api/v1/programs", 200, "application/json", body).valid).toBe(true);
    // The rest of the page (its `next`) is kept, so only the program strays.
    expect(validate("/api/v1/programs", 200, "application/json", { ...body, data: [{ ...first, undocumented: 1 }] }).valid).toBe(false);
    const { slug: _slug, ...withoutSlug } = first!;
    expect(validate("/api/v1/programs", 200, "application/json", { ...body, data: [withoutSlug] }).valid).toBe(false);
  });

  for (const example of apiExamples) {
    const url = exampleUrl(example, origin);
    it(`GET ${url} → ${example.status}, as documented`, async () => {
      const response = await call(example.operation, url, {}, example.path);
      expect(response.status).toBe(example.status);
      expect(Object.keys(doc.paths[example.operation]!.get!.responses)).toContain(String(example.status));
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
      if (type === "text/csv") {
        const columns = csvColumns(doc, example.operation);
        expect(columns, "CSV documented with its columns").toBeDefined();
        const text = await response.text();
        expect(text.split(/\r?\n/)[0]).toBe(columns!.join(","));
        const rows = parseCsv(text);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(Object.keys(row)).toEqual(columns);
        return;
      }
      if (type === "image/png" || type === "image/svg+xml") {
        expect(Object.keys(doc.paths[example.operation]!.get!.responses["200"]!.content!)).toContain(type);
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
        return;
      }
      expect(type).toBe("application/json");
      const result = validate(example.operation, example.status, "application/json", await response.json());
      expect(result.errors).toBe("");
      expect(result.valid).toBe(true);
    });
  }

  const firstSuccess = [...new Map(apiExamples.filter((e) => e.status === 200).map((e) => [e.operation, e])).values()];

  it.each(firstSuccess)("$operation answers 304 to its own ETag, as documented", async (example) => {
    const url = exampleUrl(example, origin);
    const etag = (await call(example.operation, url, {}, example.path)).headers.get("etag");
    expect(etag).toMatch(/^W\//);
    const again = await call(example.operation, url, { headers: { "If-None-Match": etag! } }, example.path);
    expect(again.status).toBe(304);
    expect(Object.keys(doc.paths[example.operation]!.get!.responses)).toContain("304");
  });

  it.each(firstSuccess)("$operation answers 503 in the error shape when the database is down, as documented", async (example) => {
    const down = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 2000 }),
    });
    store.atlasPrisma = down;
    try {
      const response = await call(example.operation, exampleUrl(example, origin), {}, example.path);
      expect(response.status).toBe(503);
      expect(Object.keys(doc.paths[example.operation]!.get!.responses)).toContain("503");
      expect(validate(example.operation, 503, "application/json", await response.json()).errors).toBe("");
    } finally {
      store.atlasPrisma = seeded().db;
      await down.$disconnect();
    }
  });
});
