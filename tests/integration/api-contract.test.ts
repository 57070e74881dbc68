// Every documented operation is called with its stored examples (lib/api/openapi/examples.ts)
// against the seeded database, through the real route handlers, and each answer is checked against
// the OpenAPI document: a documented status, the documented JSON schema (ajv, 2020-12), or the
// documented CSV columns, or an image of the documented type. Operations whose route file is not in
// this branch (chart images, oEmbed) are skipped until the file exists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiRateLimiter } from "../../lib/api/rate-limit";
import { openApiDocument } from "../../lib/api/openapi/document";
import { apiExamples, exampleUrl } from "../../lib/api/openapi/examples";
import { call, origin, routeExists } from "../support/api-routes";
import { csvColumns, responseValidator } from "../support/openapi-ajv";
import { parseCsv } from "../support/parse-csv";
import { createSeededDatabase, type SeededDatabase } from "../support/seeded-database";

let seeded: SeededDatabase;
const store = globalThis as { atlasPrisma?: unknown; atlasApiRateLimiter?: unknown };
beforeAll(async () => {
  seeded = await createSeededDatabase();
  store.atlasPrisma = seeded.db;
  store.atlasApiRateLimiter = createApiRateLimiter(100_000);
});
afterAll(async () => {
  delete store.atlasPrisma;
  await seeded.drop();
});

const doc = openApiDocument() as unknown as Parameters<typeof responseValidator>[0];
const validate = responseValidator(doc);

describe("the OpenAPI document's operations", () => {
  it("has stored examples for every documented operation, and only documented ones", () => {
    expect(new Set(apiExamples.map((e) => e.operation))).toEqual(new Set(Object.keys(doc.paths)));
    for (const operation of Object.keys(doc.paths)) {
      expect(apiExamples.some((e) => e.operation === operation && e.status === 200), `${operation} has a 200 example`).toBe(true);
    }
  });

  it("refuses a body that strays from the document (so the checks below can fail)", async () => {
    const response = await call("/api/v1/programs", "/api/v1/programs");
    const body = (await response.json()) as { data: Record<string, unknown>[] };
    const [first] = body.data;
    expect(validate("/api/v1/programs", 200, "application/json", body).valid).toBe(true);
    expect(validate("/api/v1/programs", 200, "application/json", { data: [{ ...first, undocumented: 1 }] }).valid).toBe(false);
    const { slug: _slug, ...withoutSlug } = first!;
    expect(validate("/api/v1/programs", 200, "application/json", { data: [withoutSlug] }).valid).toBe(false);
  });

  for (const example of apiExamples) {
    const url = exampleUrl(example, origin);
    it.skipIf(!routeExists(example.operation))(`GET ${url} → ${example.status}, as documented`, async () => {
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
});
