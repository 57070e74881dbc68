// The pieces of "cite a source typed on the spot" and "part of" that need no database: the form's
// fields for a new source, the nesting of their names, the schema's choice, and the write's order.
import { describe, expect, it } from "vitest";
import { inputFromValues } from "../../../lib/admin/form-values";
import { newSourceFields, withInlineProvenance } from "../../../lib/admin/inline-provenance-fields";
import { rescheduleFields } from "../../../lib/admin/record-form-fields";
import { wholesFirst } from "../../../lib/editing/announcement-rows";
import { repointParts } from "../../../lib/forms/part-of";
import { milestoneRescheduleSchema } from "../../../lib/schemas/corrections";

const move = {
  id: "5b8f3e2a-1c4d-4e6f-8a9b-0c1d2e3f4a5b",
  version: "1",
  dueOn: "2027-03-01",
  duePrecision: "day",
  reason: "Budget",
  announcementId: "",
};
const typedSource = { title: "Grant delayed", publisher: "Research Daily", url: "https://example.org/a", publishedOn: "2026-04-04" };
const source = { ...typedSource, language: "en", kind: "news", reliability: "secondary" };

describe("the form's fields for a new source", () => {
  it("offers 'new' in the source and announcement selects and opens their fields only when chosen", () => {
    const closed = withInlineProvenance(rescheduleFields, { sourceId: "" });
    expect(closed.map((f) => f.name)).toEqual(rescheduleFields.map((f) => f.name));
    expect(closed.find((f) => f.name === "sourceId")?.leading).toEqual([{ value: "new", label: "A new source (type it below)" }]);
    const open = withInlineProvenance(rescheduleFields, { sourceId: "new", announcementId: "new" }).map((f) => f.name);
    expect(open.slice(open.indexOf("sourceId"), open.indexOf("sourceId") + 2)).toEqual(["sourceId", "newSource.title"]);
    expect(open.slice(-2)).toEqual(["newAnnouncement.title", "newAnnouncement.announcedOn"]);
    expect(newSourceFields.every((f) => f.label.includes("new source"))).toBe(true);
  });

  it("nests dotted names one level, and drops names that would reach a prototype or overwrite a field", () => {
    const input = inputFromValues({ sourceId: "new", "newSource.title": "A", "newSource.url": "u", "__proto__.x": "1", "sourceId.y": "2" });
    expect(input).toEqual({ sourceId: "new", newSource: { title: "A", url: "u" } });
  });
});

describe("the move schema's source choice", () => {
  it("reads a source typed on the spot when the select says new, and ignores it otherwise", () => {
    const typed = milestoneRescheduleSchema.parse({ ...move, sourceId: "new", newSource: source });
    expect(typed).toMatchObject({ sourceId: "new", newSource: { title: "Grant delayed", publishedOn: "2026-04-04" } });
    const onFile = milestoneRescheduleSchema.parse({ ...move, sourceId: move.id, newSource: { title: "" } });
    expect(onFile.newSource).toBeUndefined();
  });

  it("asks for every required field of the new source, by its name", () => {
    const result = milestoneRescheduleSchema.safeParse({ ...move, sourceId: "new", newSource: { language: "en" } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["newSource.title", "newSource.publisher", "newSource.publishedOn", "newSource.kind"]));
  });

  it("refuses a source that is neither on file nor new", () => {
    expect(milestoneRescheduleSchema.safeParse({ ...move, sourceId: "newer" }).success).toBe(false);
  });
});

describe("'part of' between funding items", () => {
  it("creates wholes before their parts", () => {
    expect(wholesFirst([{ parentItem: 2 }, { parentItem: null }, { parentItem: 1 }])).toEqual([1, 2, 0]);
    expect(() => wholesFirst([{ parentItem: 1 }, { parentItem: 0 }])).toThrow();
  });

  it("follows a removed item: its parts are no longer parts, later references move up", () => {
    const items = [{ parentId: "" }, { parentId: "item:0" }, { parentId: "item:1" }, { parentId: "item:3" }, { parentId: "a-uuid" }];
    expect(repointParts(items, 1)).toEqual([
      { parentId: "" },
      { parentId: "item:0" },
      { parentId: "" },
      { parentId: "item:2" },
      { parentId: "a-uuid" },
    ]);
  });
});
