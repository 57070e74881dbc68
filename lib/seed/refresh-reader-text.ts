// A database seeded before the seed's wording changed still shows the old words (labels carrying
// research notes, a scope that was not yet "related"). The seed inserts only missing rows, so it
// refreshes the reader-facing text of rows that exist already, but only of rows no editor has
// touched (no audit event but the seed's, and no version bump the seed did not make): an editor's
// wording is never overwritten. Each refresh
// is a version-checked update with an audit event by the seed, like the dated updates' edits. The
// fields the dated updates change (statuses, due dates, departures) are not among these, so a
// refresh never undoes an update. A second run finds nothing to change and writes nothing.
import type { Prisma } from "../generated/prisma/client";
import { toAuditJson } from "../audit/record-audit";
import { idOf } from "./keys";
import type { SeedRows } from "./row-types";

type Tx = Prisma.TransactionClient;

const claimText = [
  "label",
  "scope",
  "quote",
  "confidence",
  "confidenceNote",
  "notes",
  "editorNote",
  "claimScope",
  "withdrawnOn",
  "withdrawnNote",
];

// Per table: the seed's rows, the model, and the reader-facing (and editor-note) columns it refreshes.
const TABLES = [
  { entityType: "Source", rows: "sources", model: "source", fields: ["title", "publisher", "publishedNote", "reliabilityNote"] },
  { entityType: "Organization", rows: "organizations", model: "organization", fields: ["notes"] },
  { entityType: "Program", rows: "programs", model: "program", fields: ["kind", "summary", "leadDescription", "editorNote"] },
  { entityType: "Announcement", rows: "announcements", model: "announcement", fields: ["title", "summary", "editorNote"] },
  {
    entityType: "Participation",
    rows: "participations",
    model: "participation",
    fields: ["roleDetail", "confidence", "notes", "editorNote"],
  },
  { entityType: "FundingClaim", rows: "fundingClaims", model: "fundingClaim", fields: [...claimText, "kind"] },
  { entityType: "CapacityClaim", rows: "capacityClaims", model: "capacityClaim", fields: claimText },
  { entityType: "Milestone", rows: "milestones", model: "milestone", fields: ["description", "editorNote"] },
] as const satisfies ReadonlyArray<{ entityType: string; rows: keyof SeedRows; model: keyof Tx; fields: readonly string[] }>;

type Row = Record<string, unknown> & { id: string; version: number };
type Delegate = {
  findMany(args: { where: { id: { in: string[] } } }): Promise<Row[]>;
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
};

const same = (a: unknown, b: unknown) => JSON.stringify(toAuditJson(a ?? null)) === JSON.stringify(toAuditJson(b ?? null));

export type RefreshReport = { refreshed: number; keptForEditors: number };

export async function refreshReaderText(tx: Tx, rows: SeedRows): Promise<RefreshReport> {
  const report: RefreshReport = { refreshed: 0, keptForEditors: 0 };
  for (const table of TABLES) {
    const wanted = new Map((rows[table.rows] as Array<Record<string, unknown> & { id: string }>).map((row) => [row.id, row]));
    if (wanted.size === 0) continue;
    // Prisma's delegates share these methods but no common type, hence the cast.
    const delegate = tx[table.model] as unknown as Delegate;
    const stored = await delegate.findMany({ where: { id: { in: [...wanted.keys()] } } });
    const stale = stored.flatMap((row) => {
      const seedRow = wanted.get(row.id)!;
      const data = Object.fromEntries(table.fields.filter((f) => f in seedRow && !same(row[f], seedRow[f])).map((f) => [f, seedRow[f]]));
      return Object.keys(data).length > 0 ? [{ row, data }] : [];
    });
    if (stale.length === 0) continue;
    const events = await tx.auditEvent.findMany({
      where: { entityType: table.entityType, entityId: { in: stale.map((s) => s.row.id) } },
      select: { entityId: true, actorLabel: true, action: true },
    });
    for (const { row, data } of stale) {
      const own = events.filter((e) => e.entityId === row.id);
      const seedEdits = own.filter((e) => e.actorLabel === "seed" && e.action === "update").length;
      // Touched by anyone but the seed: an audit event by someone else, or a version the seed's own
      // insert (1) and edits do not account for (a change made outside the app).
      if (own.some((e) => e.actorLabel !== "seed") || row.version !== 1 + seedEdits) {
        report.keptForEditors += 1;
        continue;
      }
      const where = { id: row.id, version: row.version };
      if ((await delegate.updateMany({ where, data: { ...data, version: { increment: 1 } } })).count !== 1) continue;
      const before = Object.fromEntries(Object.keys(data).map((f) => [f, row[f]]));
      await tx.auditEvent.create({
        data: {
          id: idOf(`audit:seed-refresh:${table.entityType}:${row.id}:${row.version}`),
          actorLabel: "seed",
          action: "update",
          entityType: table.entityType,
          entityId: row.id,
          before: toAuditJson(before) ?? undefined,
          after: toAuditJson(data) ?? undefined,
        },
      });
      report.refreshed += 1;
    }
  }
  return report;
}
