import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/core/actor";
import { rateProblems } from "@/lib/editing/announcement-rates";
import { milestoneRows, resolveDueOn } from "@/lib/editing/announcement-rows";
import { InvalidInputError } from "@/lib/editing/invalid-input";
import { groupDigits, previewCapacity, previewDue, previewFunding } from "@/lib/editing/preview-claim";
import { announcementSchema } from "@/lib/schemas/announcement";
import { z } from "zod";
import { indiaMissionInput } from "../factories/announcement-input";
import { RATES } from "./money/reference-rates";

const rates = [
  ...RATES,
  { currency: "INR", year: 2024, usdPerUnit: "0.011954", rateKind: "annual_average" as const, sourceLabel: "Federal Reserve" },
];
// The guided form's own source: the previews read the claims against it.
const { source } = indiaMissionInput();

describe("resolveDueOn", () => {
  it("counts whole UTC days across month ends and leap days", () => {
    expect(resolveDueOn("2024-03-07", 90)).toBe("2024-06-05");
    expect(resolveDueOn("2025-11-24", 60)).toBe("2026-01-23");
    expect(resolveDueOn("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("is the anchor plus N days for any day and any N", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 3650 }),
        (date, days) => {
          const anchor = date.toISOString().slice(0, 10);
          const due = resolveDueOn(anchor, days);
          return (Date.parse(due) - Date.parse(anchor)) / 86_400_000 === days;
        },
      ),
    );
  });

  it("gives a relative milestone its resolved due day and a first revision that says the same", () => {
    const milestone = announcementSchema.parse(indiaMissionInput()).milestones[0]!;
    const { row, revision } = milestoneRows(milestone, { programId: "p", sourceId: "s", announcementId: "a" });
    expect(row.dueOn?.toISOString()).toBe("2024-06-05T00:00:00.000Z");
    expect(revision).toMatchObject({ dueOn: row.dueOn, relativeDays: 90, sourceId: "s", announcementId: "a" });
  });
});

describe("previews", () => {
  it("shows a typed INR range as read, as the public page prints it, and its USD sentence", () => {
    const preview = previewFunding(
      { label: "Outlay", amountText: "10,000–10,371.92 crore", currency: "INR", kind: "appropriated", confidence: "verified" },
      source,
      rates,
    );
    expect(preview.state).toBe("ok");
    if (preview.state !== "ok") return;
    expect(preview.readAs).toBe("Read as 100,000,000,000 to 103,719,200,000 INR.");
    expect(preview.figure.money.text).toBe("₹10,000–10,371.92\u00a0crore");
    expect(preview.figure.money.usd.ok && preview.figure.money.usd.sentence).toMatch(
      /at the 2024 average INR\/USD rate \(Federal Reserve\)/,
    );
    expect(preview.figure.source.publisher).toBe("Press Information Bureau");
  });

  it("says so when a currency or year has no reference rate, rather than converting", () => {
    const preview = previewFunding({ amountText: "5 bn", currency: "KRW" }, { ...source, publishedOn: "2010-01-01" }, rates);
    expect(preview.state === "ok" && preview.figure.money.usd).toMatchObject({
      ok: false,
      message: expect.stringMatching(/No reference rate for KRW/),
    });
  });

  it("explains what it cannot read", () => {
    expect(previewFunding({ amountText: "5 zillion", currency: "EUR" }, source, rates)).toMatchObject({
      state: "error",
      message: expect.stringContaining("zillion"),
    });
    expect(previewFunding({ amountText: "" }, source, rates)).toEqual({ state: "empty" });
    expect(previewCapacity({ valueText: "over 8,000" }, "MW")).toEqual({ state: "ok", lines: ["Read as more than 8,000 MW."] });
    expect(previewDue({ timing: "after", relativeDays: "90", anchorOn: "2024-03-07", anchorLabel: "approval" })).toEqual({
      state: "ok",
      lines: ["Due 2024-06-05: 90 days after approval (2024-03-07)."],
    });
    expect(previewDue({ timing: "after", relativeDays: "x", anchorOn: "2024-03-07" })).toEqual({ state: "empty" });
    expect(groupDigits("103719200000.5")).toBe("103,719,200,000.5");
  });
});

describe("rateProblems", () => {
  const figure = (currency: string) => ({ shape: "exact" as const, amount: "5", low: null, high: null, currency });

  it("refuses a currency with no rates at all, even in a draft", () => {
    expect(rateProblems([{ figure: figure("XYZ"), asOf: null }], "2024-03-07", rates, "draft")).toEqual({
      "fundingClaims.0.currency": [expect.stringMatching(/no reference rate for XYZ/)],
    });
  });

  it("lets a draft wait for a missing year's rate but does not publish it", () => {
    const claims = [{ figure: figure("INR"), asOf: "2019-05-01" }];
    expect(rateProblems(claims, null, rates, "draft")).toEqual({});
    expect(rateProblems(claims, null, rates, "publish")["fundingClaims.0.currency"]?.[0]).toMatch(
      /No reference rate for INR in 2019.*save the announcement as a draft/,
    );
    expect(rateProblems([{ figure: figure("USD"), asOf: null }], null, [], "publish")).toEqual({});
  });
});

describe("defineAction and write-time field errors", () => {
  it("returns an InvalidInputError from the write as field errors", async () => {
    const editor: Actor = { id: "u", email: "e@example.org", name: "E", role: "editor" };
    const action = defineAction({
      name: "t",
      role: "editor",
      schema: z.object({}),
      run: async () => {
        throw new InvalidInputError({ "program.slug": ["Taken."] }, "Check the form.");
      },
    });
    expect(await action.invoke(editor, {})).toEqual({
      status: "invalid",
      fieldErrors: { "program.slug": ["Taken."] },
      formError: "Check the form.",
    });
  });
});
