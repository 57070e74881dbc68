// The first day a row shows in a past view (lib/data/visible-from.ts), rule by rule as
// lib/data/visibility.ts applies them, and the first day an edit can change (affectedFrom).
import { describe, expect, it } from "vitest";
import { affectedFrom, visibleFrom, type Publishable, type VisibleRow } from "@/lib/data/visible-from";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date("2026-12-06T10:00:00Z");
const program: Publishable = {
  publicationState: "published",
  publishedAt: new Date("2025-02-12T15:30:00Z"),
  announcedOn: day("2025-02-10"),
  deletedAt: null,
};
const announcement: Publishable = { ...program, announcedOn: day("2025-03-01"), publishedAt: new Date("2025-03-04T09:00:00Z") };

describe("visibleFrom", () => {
  it("starts a program on the later of its announcement and its publication", () => {
    expect(visibleFrom({ program })).toBe("2025-02-12");
    expect(visibleFrom({ program: { ...program, announcedOn: day("2025-04-01") } })).toBe("2025-04-01");
  });

  it("shows a draft, deleted or never-dated publication in no past view", () => {
    expect(visibleFrom({ program: { ...program, publicationState: "draft" } })).toBeNull();
    expect(visibleFrom({ program: { ...program, deletedAt: now } })).toBeNull();
    // Published without a date: live only (publishedAt ≤ the day fails in SQL).
    expect(visibleFrom({ program: { ...program, publishedAt: null } })).toBeNull();
    expect(visibleFrom({ program, announcement: { ...announcement, publicationState: "draft" } })).toBeNull();
    expect(visibleFrom({ program, deletedAt: now, dates: [day("2025-01-01")] })).toBeNull();
  });

  it("starts a row on the latest of its program, its announcement and its own dates", () => {
    expect(visibleFrom({ program, announcement })).toBe("2025-03-04");
    expect(visibleFrom({ program, dates: [day("2025-05-01"), null, day("2025-04-01")] })).toBe("2025-05-01");
    // A date before the program's does not make the row show earlier than its program.
    expect(visibleFrom({ program, dates: [day("2024-01-01")] })).toBe("2025-02-12");
    expect(visibleFrom({ program, dates: [null] })).toBe("2025-02-12");
  });

  it("reads a publication time as its UTC day, as a past view's end of day compares it", () => {
    expect(visibleFrom({ program: { ...program, publishedAt: new Date("2025-02-12T23:59:59.999Z") } })).toBe("2025-02-12");
  });
});

describe("affectedFrom", () => {
  const claim = (asOf: string): VisibleRow => ({ program, dates: [day(asOf)] });

  it("is the earliest first day over the rows, before and after", () => {
    // A claim moved from 2025-06-01 to 2025-09-01 changed the views from 2025-06-01 on.
    expect(affectedFrom([claim("2025-06-01"), claim("2025-09-01")], now)).toBe("2025-06-01");
    expect(affectedFrom([claim("2025-09-01"), claim("2025-06-01")], now)).toBe("2025-06-01");
  });

  it("counts a row that left or joined the views as much as one that changed in them", () => {
    const deleted = { ...claim("2025-06-01"), deletedAt: now };
    expect(affectedFrom([claim("2025-06-01"), deleted], now)).toBe("2025-06-01");
    expect(
      affectedFrom(
        [
          { program, announcement: { ...announcement, publicationState: "draft" } },
          { program, announcement },
        ],
        now,
      ),
    ).toBe("2025-03-04");
  });

  it("is today when the rows show in no past view (published today, a draft, a future date)", () => {
    const today = { ...announcement, announcedOn: day("2026-12-06"), publishedAt: now };
    expect(affectedFrom([{ program, announcement: today }], now)).toBe("2026-12-06");
    expect(affectedFrom([{ program: { ...program, publicationState: "draft" } }], now)).toBe("2026-12-06");
    expect(affectedFrom([claim("2027-01-01")], now)).toBe("2026-12-06");
    expect(affectedFrom([], now)).toBe("2026-12-06");
  });

  it("is null (every day) when any row cannot be bounded", () => {
    expect(affectedFrom([claim("2025-06-01"), null], now)).toBeNull();
  });
});
