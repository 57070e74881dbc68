import { describe, expect, it } from "vitest";
import { isUnreadableAsOf, parseAsOf } from "@/lib/dashboard/as-of";
import { assertRole, AuthorizationError, type Actor } from "@/lib/core/actor";

const today = new Date("2026-11-21T10:00:00Z");

describe("parseAsOf", () => {
  it("turns a past date into the end of that day", () => {
    expect(parseAsOf("2025-01-01", today)?.toISOString()).toBe("2025-01-01T23:59:59.999Z");
    expect(parseAsOf(["2025-06-30", "2024-01-01"], today)?.toISOString()).toBe("2025-06-30T23:59:59.999Z");
  });

  it("treats today, the future, impossible dates and garbage as the live view", () => {
    for (const value of ["2026-11-21", "2027-01-01", "2025-02-30", "yesterday", "", undefined, "2025-1-1", "0000-06-01"]) {
      expect(parseAsOf(value, today)).toBeNull();
    }
  });
});

describe("isUnreadableAsOf", () => {
  it("flags a date the page cannot show, which then shows today's data", () => {
    for (const value of ["2027-01-01", "2025-02-30", "yesterday", "2025-1-1", "0000-06-01", ["2025-13-01", "2025-01-01"]]) {
      expect(isUnreadableAsOf(value, today), String(value)).toBe(true);
    }
  });

  it("does not flag a past view, no date, an emptied field or today's own date", () => {
    for (const value of ["2025-01-01", ["2025-06-30", "garbage"], undefined, "", "2026-11-21"]) {
      expect(isUnreadableAsOf(value, today), String(value)).toBe(false);
    }
  });
});

describe("assertRole", () => {
  const editor: Actor = { id: "u1", email: "e@example.org", name: "E", role: "editor" };
  const admin: Actor = { ...editor, id: "u2", role: "admin" };
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return "allowed";
    } catch (error) {
      return error instanceof AuthorizationError ? error.code : "other";
    }
  };

  it("refuses a missing actor and a too-low role, and lets admins do editors' work", () => {
    expect(codeOf(() => assertRole(null, "editor"))).toBe("unauthenticated");
    expect(codeOf(() => assertRole(editor, "admin"))).toBe("forbidden");
    expect(codeOf(() => assertRole(editor, "editor"))).toBe("allowed");
    expect(codeOf(() => assertRole(admin, "editor"))).toBe("allowed");
  });
});
