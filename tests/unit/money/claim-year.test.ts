import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimYear } from "@/lib/money";

describe("claimYear", () => {
  it("takes the year of the as-of date first", () => {
    expect(claimYear("2025-03-14", "2024-01-01")).toBe(2025);
  });

  it("falls back to the other date when there is no as-of date", () => {
    expect(claimYear(null, "2024-12-31")).toBe(2024);
  });

  it("returns null when neither date is known", () => {
    expect(claimYear(null, null)).toBeNull();
  });

  it("reads 1 January as that year whatever the time zone", () => {
    expect(claimYear("2026-01-01", null)).toBe(2026);
    expect(claimYear("2025-12-31T23:59:59.999Z", null)).toBe(2025);
  });

  it("accepts a full ISO timestamp", () => {
    expect(claimYear("2025-01-01T00:00:00.000Z", null)).toBe(2025);
  });

  it("treats an impossible or malformed as-of date as absent", () => {
    expect(claimYear("2025-02-30", "2024-05-01")).toBe(2024);
    expect(claimYear("2023-02-29", null)).toBeNull();
    expect(claimYear("2025-13-01", null)).toBeNull();
    expect(claimYear("March 2025", null)).toBeNull();
    expect(claimYear("2025", null)).toBeNull();
    expect(claimYear("25-03-14", null)).toBeNull();
    expect(claimYear("", "")).toBeNull();
  });

  it("knows leap years", () => {
    expect(claimYear("2024-02-29", null)).toBe(2024);
    expect(claimYear("2000-02-29", null)).toBe(2000);
    expect(claimYear("1900-02-29", null)).toBeNull();
  });

  it("agrees with the UTC year of any real date", () => {
    const date = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const iso = d.toISOString();
        expect(claimYear(iso.slice(0, 10), null)).toBe(d.getUTCFullYear());
        expect(claimYear(null, iso)).toBe(d.getUTCFullYear());
      }),
    );
  });
});
