import { describe, expect, it } from "vitest";
import { parseQuery } from "../../lib/api/query";
import { ApiProblem } from "../../lib/api/respond";
import { parseEnv } from "../../lib/env";
import { milestonesQuery, programsQuery } from "../../lib/schemas/api/query";

const request = (query: string) => new Request(`http://127.0.0.1/api/v1/x?${query}`);

function refusal(run: () => unknown): ApiProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseQuery (strict API parameters)", () => {
  it("reads defaults, single values and repeated keys", () => {
    expect(parseQuery(programsQuery, request(""))).toEqual({ format: "json" });
    expect(parseQuery(milestonesQuery, request("program=stargate&program=atom-project&status=overdue&format=csv&asOf=2025-06-30"))).toEqual(
      {
        program: ["stargate", "atom-project"],
        status: ["overdue"],
        format: "csv",
        asOf: "2025-06-30",
      },
    );
  });

  it("ignores parameters the endpoint does not know", () => {
    expect(parseQuery(programsQuery, request("_=123&toString=1&__proto__=x"))).toEqual({ format: "json" });
  });

  it.each([
    ["format=xml", "format"],
    ["asOf=2025-02-30", "asOf"],
    ["asOf=yesterday", "asOf"],
    ["format=csv&format=json", "format"],
    ["asOf=2025-01-01&asOf=2025-01-02", "asOf"],
    ["asOf=0000-01-01", "asOf"],
    ["cursor=0000-01-01.stargate", "cursor"],
  ])("refuses %s with a 400 naming %s", (query, name) => {
    const problem = refusal(() => parseQuery(programsQuery, request(query)));
    expect(problem.status).toBe(400);
    expect(problem.code).toBe("bad_request");
    expect(problem.message).toContain(`"${name}"`);
  });

  it.each([
    ["status=late", "status"],
    ["status=planned&status=nope", "status"],
    ["program=Not_A_Slug", "program"],
  ])("refuses a bad list value %s, naming %s", (query, name) => {
    expect(refusal(() => parseQuery(milestonesQuery, request(query))).message).toContain(`"${name}"`);
  });
});

describe("ATLAS_API_RATE_LIMIT", () => {
  it("defaults to 300 a minute and takes a positive whole number", () => {
    expect(parseEnv({}).ATLAS_API_RATE_LIMIT).toBe(300);
    expect(parseEnv({ ATLAS_API_RATE_LIMIT: "5" }).ATLAS_API_RATE_LIMIT).toBe(5);
    expect(() => parseEnv({ ATLAS_API_RATE_LIMIT: "0" })).toThrow(/ATLAS_API_RATE_LIMIT/);
  });
});
