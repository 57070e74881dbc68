import { describe, expect, it } from "vitest";
import { capacityClaimFields, fundingClaimFields } from "../../../lib/admin/claim-form-fields";
import type { FieldSpec } from "../../../lib/admin/field-spec";
import { formValuesOf, inputFromValues, shapingOf, valuesFromForm } from "../../../lib/admin/form-values";
import { programFields, sourceFields } from "../../../lib/admin/record-form-fields";
import { safeReturnPath } from "../../../lib/admin/safe-return";
import { summariseMilestone } from "../../../lib/data/admin/claim-summaries";
import { resolveNewDue } from "../../../lib/editing/reschedule-milestone";
import { milestoneRescheduleSchema } from "../../../lib/schemas/corrections";

describe("form values", () => {
  it("keeps the text fields of a submission, not Next's own fields or files", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("name", "Stargate");
    form.append("name", "second value ignored");
    form.append("file", new Blob(["x"]), "x.txt");
    expect(valuesFromForm(form)).toEqual({ name: "Stargate" });
  });

  it("turns lines into lists and empty optional choices into null", () => {
    const input = inputFromValues(
      { aliases: " Stargate \n\nStargate LLC\r\n", precision: " ", unit: "MW" },
      { lines: ["aliases"], blankAsNull: ["precision"] },
    );
    expect(input).toEqual({ aliases: ["Stargate", "Stargate LLC"], precision: null, unit: "MW" });
  });

  it("reads how to shape a form from its fields: list fields, and optional selects of a closed vocabulary", () => {
    const fields: FieldSpec[] = [
      { name: "aliases", label: "Other names", control: "textarea", lines: true },
      { name: "notes", label: "Notes", control: "textarea" },
      { name: "precision", label: "Precision", control: "select", options: ["day", "month"], optional: true },
      { name: "kind", label: "Kind", control: "select", options: ["a", "b"] },
      { name: "sourceId", label: "Source", control: "select", options: "sources", optional: true },
    ];
    expect(shapingOf(fields)).toEqual({ lines: ["aliases"], blankAsNull: ["precision"] });
    // The editors' forms that need shaping: aliases one per line, a compute or publication precision left on "none".
    expect(shapingOf(programFields).lines).toEqual(["aliases"]);
    expect(shapingOf(capacityClaimFields).blankAsNull).toEqual(["precision"]);
    expect(shapingOf(sourceFields).blankAsNull).toEqual(["publishedPrecision"]);
    expect(shapingOf(fundingClaimFields)).toEqual({ lines: [], blankAsNull: [] });
  });

  it("shows a stored row as form text: days, exact decimals, ticked boxes, one alias per line", () => {
    const row = {
      announcedOn: new Date("2025-01-21T00:00:00Z"),
      amount: { toString: () => "500000000000.00" },
      isHeadline: true,
      aliases: ["A", "B"],
      nameFr: null,
    };
    expect(formValuesOf(row, ["announcedOn", "amount", "isHeadline", "aliases", "nameFr", "missing"])).toEqual({
      announcedOn: "2025-01-21",
      amount: "500000000000.00",
      isHeadline: "on",
      aliases: "A\nB",
      nameFr: "",
      missing: "",
    });
  });
});

describe("safeReturnPath", () => {
  it("accepts our admin paths only", () => {
    expect(safeReturnPath("/admin/programs/abc-1?saved=1", "/x")).toBe("/admin/programs/abc-1?saved=1");
    for (const bad of [
      "https://evil.example/admin",
      "//evil.example",
      "/admin//evil",
      "/programs",
      "/admin/<script>",
      "javascript:alert(1)",
      undefined,
    ]) {
      expect(safeReturnPath(bad, "/admin/deleted")).toBe("/admin/deleted");
    }
  });
});

describe("moving a due date", () => {
  // A move form with the given new date, read as the save reads it.
  const move = (due: Record<string, string>) =>
    resolveNewDue(
      milestoneRescheduleSchema.parse({
        id: "6f1c1f5e-8b1a-4c7e-9a43-2b7f0d1e5a10",
        version: "1",
        reason: "Delay",
        sourceId: "0b6a4c55-3c1e-4f0a-8d51-9f2e7a6b1c22",
        ...due,
      }),
    );

  it("resolves 'N days after' a dated anchor to a day, and leaves an undated event's date unknown", () => {
    const dated = move({ relativeDays: "60", anchorOn: "2025-11-24" });
    expect(dated).toMatchObject({ duePrecision: "day", relativeDays: 60 });
    expect(dated.dueOn?.toISOString().slice(0, 10)).toBe("2026-01-23");
    const undated = move({ relativeDays: "30", anchorLabel: "the challenge list" });
    expect(undated).toMatchObject({ dueOn: null, anchorLabel: "the challenge list" });
  });

  it("keeps an absolute date at its precision", () => {
    const moved = move({ dueOn: "2027-06-01", duePrecision: "month" });
    expect(moved).toMatchObject({ duePrecision: "month", relativeDays: null, anchorOn: null });
  });

  it("shows editors the first due date when the current one differs", () => {
    const revision = (iso: string, precision: "day" | "month") => ({
      dueOn: new Date(`${iso}T00:00:00Z`),
      duePrecision: precision,
      dueText: null,
    });
    const moved = {
      id: "m",
      version: 2,
      deletedAt: null,
      title: "T",
      status: "planned",
      ...revision("2027-06-01", "month"),
      revisions: [revision("2026-12-31", "day"), revision("2027-06-01", "month")],
    };
    expect(summariseMilestone(moved)).toMatchObject({ due: "Jun 2027", originalDue: "2026-12-31" });
    expect(summariseMilestone({ ...moved, revisions: [revision("2027-06-01", "month")] }).originalDue).toBeNull();
  });
});
