// Each kind's edit form names where its pages are: the edit page reloads there, and its save goes back there. A base with no
// page behind it would send every save of that kind to a 404.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editForms } from "../../../lib/admin/edit-forms";

describe("the edit forms' pages", () => {
  it.each(Object.entries(editForms))("%s is edited at an [id] page under its base", (_entity, { base }) => {
    expect(existsSync(`app/(admin)${base}/[id]/page.tsx`), base).toBe(true);
  });
});
