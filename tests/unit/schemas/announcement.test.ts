import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/core/action-result";
import { milestoneStatuses } from "@/lib/core/vocabulary";
import { announcementSchema } from "@/lib/schemas/announcement";
import { indiaMissionInput } from "../../factories/announcement-input";
import { hostileValue, leafPaths, replaceAt } from "./hostile";

const errorsOf = (input: unknown) => {
  const result = announcementSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};
const base = indiaMissionInput();
const claim = base.fundingClaims[0]!;
const milestone = base.milestones[0]!;

describe("announcementSchema", () => {
  it("reads the guided form's strings into typed rows: amounts parsed, slugs derived, a relative deadline kept relative", () => {
    const parsed = announcementSchema.parse(base);
    expect(parsed.fundingClaims[0]).toMatchObject({
      shape: "range",
      amount: null,
      amountLow: "100000000000",
      amountHigh: "103719200000",
      currency: "INR",
      isHeadline: true,
    });
    expect(parsed.capacityClaims[0]).toMatchObject({ shape: "at_least", value: "10000", unit: "accelerators" });
    expect(parsed.milestones[0]).toMatchObject({ relativeDays: 90, anchorOn: "2024-03-07", dueOn: null });
    expect(parsed.program).toMatchObject({ mode: "new", slug: "indiaai-mission" });
    expect(parsed.partners[0]!.organization).toMatchObject({ mode: "new", slug: "ministry-of-electronics-and-it" });
  });

  it("keeps a milestone's completion date only when it is completed (the form asks for it only then)", () => {
    const parse = (status: string) =>
      announcementSchema.parse({ ...base, milestones: [{ ...milestone, status, completedOn: "2024-06-01" }] }).milestones[0]!.completedOn;
    for (const status of milestoneStatuses) expect(parse(status), status).toBe(status === "completed" ? "2024-06-01" : null);
  });

  it.each([
    ["a negative amount", { fundingClaims: [{ ...claim, amountText: "-5 bn" }] }, "fundingClaims.0.amountText", /negative/],
    ["a zero amount", { fundingClaims: [{ ...claim, amountText: "0" }] }, "fundingClaims.0.amountText", /greater than zero/],
    ["fractions of a cent", { fundingClaims: [{ ...claim, amountText: "1.2345" }] }, "fundingClaims.0.amountText", /2 decimals/],
    ["a low end above the high end", { fundingClaims: [{ ...claim, amountText: "3–2 bn" }] }, "fundingClaims.0.amountText", /low end/],
    [
      "two currencies that disagree",
      { fundingClaims: [{ ...claim, amountText: "€5 bn", currency: "USD" }] },
      "fundingClaims.0.currency",
      /says EUR/,
    ],
    [
      "no currency at all",
      { fundingClaims: [{ ...claim, amountText: "5 bn", currency: "" }] },
      "fundingClaims.0.currency",
      /Choose the currency/,
    ],
    [
      "a period that ends before it starts",
      { fundingClaims: [{ ...claim, periodStart: "2025-05-01", periodEnd: "2025-01-01" }] },
      "fundingClaims.0.periodEnd",
      /before the start/,
    ],
    ["an impossible date", { fundingClaims: [{ ...claim, asOf: "2025-02-30" }] }, "fundingClaims.0.asOf", /real date/],
    ["a javascript: URL", { source: { ...base.source, url: "javascript:alert(1)" } }, "source.url", /http/],
    ["a source with no date", { source: { ...base.source, publishedOn: "" } }, "source.publishedOn", /date of the source/],
    ["an over-long title", { source: { ...base.source, title: "x".repeat(501) } }, "source.title", /At most 500/],
    ["days without the date they count from", { milestones: [{ ...milestone, anchorOn: "" }] }, "milestones.0.anchorOn", /counted from/],
    ["a dated milestone without its date", { milestones: [{ ...milestone, timing: "date", dueOn: "" }] }, "milestones.0.dueOn", /due date/],
    [
      "a capacity figure in money",
      { capacityClaims: [{ ...base.capacityClaims[0]!, valueText: "$5 bn" }] },
      "capacityClaims.0.valueText",
      /no currency/,
    ],
    ["an unknown intent", { intent: "delete" }, "intent", /draft or to publish/],
    ["too many funding claims", { fundingClaims: Array.from({ length: 21 }, () => claim) }, "fundingClaims", /At most 20/],
    ["a partner twice in one role", { partners: [base.partners[0]!, base.partners[0]!] }, "partners.1.role", /already listed/],
    ["an existing program that is not an id", { program: { mode: "existing", id: "stargate" } }, "program.id", /existing record/],
  ])("refuses %s, next to the field", (_name, override, field, message) => {
    const errors = errorsOf(indiaMissionInput(override));
    expect(errors[field]?.join(" ")).toMatch(message);
  });

  it("asks for something to record when an existing program gets an empty announcement", () => {
    const errors = errorsOf(
      indiaMissionInput({
        program: { mode: "existing", id: "00000000-0000-4000-8000-000000000000" },
        fundingClaims: [],
        capacityClaims: [],
        milestones: [],
        partners: [],
      }),
    );
    expect(errors._form).toEqual(["Add at least one funding claim, capacity claim, milestone or partner."]);
  });

  it("never throws on generated hostile input, and what it accepts is well formed", () => {
    const paths = leafPaths(base);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 1, maxLength: 4 }), (changes) => {
        const input = changes.reduce((current, [path, value]) => replaceAt(current, path, value), base as Record<string, unknown>);
        const result = announcementSchema.safeParse(input);
        if (!result.success) return result.error.issues.length > 0;
        const amounts = result.data.fundingClaims.flatMap((c) => [c.amount, c.amountLow, c.amountHigh]).filter((v) => v !== null);
        return (
          amounts.every((v) => /^\d{1,22}(\.\d{1,2})?$/.test(v!)) &&
          (result.data.source.url === null || /^https?:\/\//.test(result.data.source.url))
        );
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on anything at all", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => typeof announcementSchema.safeParse(input).success === "boolean"),
      { numRuns: 300 },
    );
  });
});

describe("text the database would refuse", () => {
  it("refuses NUL and other control characters in any text field, with a message", () => {
    expect(errorsOf(indiaMissionInput({ source: { ...base.source, publisher: "PIB\u0000" } }))["source.publisher"]).toEqual([
      expect.stringMatching(/invisible or broken characters/),
    ]);
    expect(
      errorsOf(indiaMissionInput({ announcement: { ...base.announcement, summary: "a\u001bb" } }))["announcement.summary"],
    ).toBeDefined();
    expect(
      errorsOf(indiaMissionInput({ announcement: { ...base.announcement, summary: "line one\nline two\ttab" } }))["announcement.summary"],
    ).toBeUndefined();
  });
});
