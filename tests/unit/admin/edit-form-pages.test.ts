// Each kind's edit form names where its pages are: the edit page reloads there, and its save goes back there. A base with no
// page behind it would send every save of that kind to a 404.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editForms, editPathOf, isEditableEntity } from "../../../lib/admin/edit-forms";

describe("the edit forms' pages", () => {
  it.each(Object.entries(editForms))("%s is edited at an [id] page under its base", (_entity, { base }) => {
    expect(existsSync(`app/(admin)${base}/[id]/page.tsx`), base).toBe(true);
  });
});

describe("a record's edit page", () => {
  it.each<[string, unknown, boolean]>([
    ["a kind with an edit form", "Source", true],
    ["a kind edited elsewhere", "Announcement", false],
    ["an inherited property name", "constructor", false],
    ["the prototype's name", "__proto__", false],
    ["a kind in an array", ["Source"], false],
    ["not a string", 42, false],
  ])("is known for %s or not", (_case, value, known) => {
    expect(isEditableEntity(value)).toBe(known);
  });

  it("is under its kind's base, or none for a kind with no edit form", () => {
    expect(editPathOf("Participation", "4d1c")).toBe("/admin/partners/4d1c");
    expect(editPathOf("Announcement", "4d1c")).toBeNull();
    expect(editPathOf("toString", "4d1c")).toBeNull();
  });
});
