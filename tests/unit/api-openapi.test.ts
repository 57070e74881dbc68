import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../lib/api/openapi/document";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApiDocument()) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("serves relative to the site and documents every error status with the one error shape", () => {
    const doc = openApiDocument();
    expect(doc.servers).toEqual([{ url: "/", description: "This site" }]);
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const responses = item.get?.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>;
      expect(responses["429"], path).toBeDefined();
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        expect(response.content?.["application/json"]?.schema, `${path} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
  });

  it("documents the data endpoints' 304 and their CSV where offered", () => {
    const paths = openApiDocument().paths ?? {};
    for (const path of ["/api/v1/programs", "/api/v1/compare", "/api/v1/milestones", "/api/v1/organisations", "/api/v1/sources"]) {
      const responses = paths[path]?.get?.responses as Record<string, { content?: Record<string, unknown> }>;
      expect(Object.keys(responses), path).toEqual(expect.arrayContaining(["200", "304", "400", "429", "503"]));
      expect(Object.keys(responses["200"]!.content!), path).toEqual(["application/json", "text/csv"]);
    }
    expect(Object.keys(paths["/api/v1/programs/{slug}"]?.get?.responses ?? {})).toContain("404");
    expect(Object.keys(paths["/api/oembed"]?.get?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404", "501"]));
  });
});
