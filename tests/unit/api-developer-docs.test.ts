import { describe, expect, it } from "vitest";
import { describeValues } from "../../lib/api/openapi/describe";
import { curlCommand, developerDocs } from "../../lib/api/openapi/developer-docs";
import { openApiDocument } from "../../lib/api/openapi/document";

describe("the /developers page's content", () => {
  it("lists every documented operation once, each with a curl example", () => {
    const operations = developerDocs().flatMap((g) => g.operations);
    expect(operations.map((o) => o.operation.path).sort()).toEqual(Object.keys(openApiDocument().paths ?? {}).sort());
    for (const { operation, example } of operations) expect(example, operation.path).not.toBeNull();
  });

  it("describes parameters from the document (values, defaults, repeatable lists)", () => {
    const milestones = developerDocs()
      .flatMap((g) => g.operations)
      .find((o) => o.operation.path === "/api/v1/milestones")!.operation;
    const byName = Object.fromEntries(milestones.parameters.map((p) => [p.name, p]));
    expect(byName.status!.values).toBe(
      "repeatable: planned | in_progress | completed | delayed | missed | cancelled | unknown | overdue | completed_late",
    );
    expect(byName.format).toMatchObject({ values: "json | csv", defaultValue: "json" });
    expect(byName.asOf!.values).toBe("YYYY-MM-DD");
    expect(milestones.formats).toEqual(["application/json", "text/csv"]);
    expect(describeValues({ type: "integer", minimum: 1 })).toBe("whole number ≥ 1");
  });

  it("writes curl commands on the server's origin; images go to a file", () => {
    const program = { operation: "/api/v1/programs/{slug}", path: { slug: "stargate" }, status: 200 };
    expect(curlCommand("https://atlas.example.org", program)).toBe("curl 'https://atlas.example.org/api/v1/programs/stargate'");
    expect(curlCommand("http://localhost:3000", { operation: "/api/v1/charts/compare", query: "format=svg", status: 200 })).toBe(
      "curl -o chart.svg 'http://localhost:3000/api/v1/charts/compare?format=svg'",
    );
    expect(curlCommand("http://localhost:3000", { operation: "/api/oembed", query: "url={origin}%2Fcompare", status: 200 })).toBe(
      "curl 'http://localhost:3000/api/oembed?url=http%3A%2F%2Flocalhost%3A3000%2Fcompare'",
    );
  });
});
