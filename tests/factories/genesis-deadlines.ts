// The Genesis Mission's relative deadlines, in days after Executive Order 14363 (2025-11-24), and
// the day each falls on: the seed resolves them (seed.test.ts), and so does the date arithmetic (dates.test.ts).
export const genesisDeadlines: Array<[number, string]> = [
  [60, "2026-01-23"],
  [90, "2026-02-22"],
  [120, "2026-03-24"],
  [240, "2026-07-22"],
  [270, "2026-08-21"],
  [365, "2026-11-24"],
];
