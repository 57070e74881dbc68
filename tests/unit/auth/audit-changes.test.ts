import { describe, expect, it } from "vitest";
import { changedFields, recordLabel } from "../../../lib/data/audit/changes";

describe("changedFields", () => {
  it("lists what a create set, without bookkeeping fields", () => {
    expect(
      changedFields(null, { id: "x", name: "Stargate", amount: "500000000000", isHeadline: true, note: null, createdAt: "2025-01-01" }),
    ).toEqual([
      { field: "name", before: null, after: "Stargate" },
      { field: "amount", before: null, after: "500000000000" },
      { field: "isHeadline", before: null, after: "true" },
    ]);
  });

  it("lists only the fields an update changed, before → after", () => {
    expect(changedFields({ amount: "400", currency: "USD", version: 1 }, { amount: "450", currency: "USD", version: 2 })).toEqual([
      { field: "amount", before: "400", after: "450" },
    ]);
    expect(changedFields({ dueOn: "2026-02-21", tags: ["a"] }, { dueOn: "2026-05-01", tags: ["a", "b"] })).toEqual([
      { field: "dueOn", before: "2026-02-21", after: "2026-05-01" },
      { field: "tags", before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it("never shows a secret even if one was recorded", () => {
    expect(changedFields(null, { password: "$argon2id$…", token: "abc", passwordSet: true })).toEqual([
      { field: "password", before: null, after: "[hidden]" },
      { field: "token", before: null, after: "[hidden]" },
      { field: "passwordSet", before: null, after: "true" },
    ]);
  });

  it("names the record from its snapshot", () => {
    expect(recordLabel(null, { slug: "stargate", name: "Stargate" })).toBe("Stargate");
    expect(recordLabel({ email: "a@b.org" }, { disabled: true })).toBe("a@b.org");
    expect(recordLabel(null, null)).toBeNull();
  });
});
