// The one way a source and an announcement are created, each with its audit event: by the guided
// announcement form, and by a correction or move that cites a source typed on the spot.
import type { Actor } from "@/lib/core/actor";
import { type Tx } from "@/lib/core/types";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AnnouncementSourceInput } from "@/lib/schemas/announcement-records";
import { newRecord, type InlineProvenance } from "@/lib/schemas/inline-provenance";
import { dateOf, publicationOf, sourceRow, type Publication } from "./announcement-rows";
import { InvalidInputError } from "./invalid-input";
import { toIsoDay } from "@/lib/core/dates";

export async function createSource(tx: Tx, actor: Actor, source: AnnouncementSourceInput) {
  const created = await tx.source.create({ data: sourceRow(source) });
  await recordAudit(tx, actor, { action: "create", entityType: "Source", entityId: created.id, after: created });
  return created;
}

type NewAnnouncement = { programId: string; sourceId: string; title: string; summary: string | null; announcedOn: string };

export async function createAnnouncementRecord(tx: Tx, actor: Actor, announcement: NewAnnouncement, publication: Publication) {
  const created = await tx.announcement.create({
    data: { ...announcement, announcedOn: dateOf(announcement.announcedOn), ...publication },
  });
  await recordAudit(tx, actor, { action: "create", entityType: "Announcement", entityId: created.id, after: created });
  return created;
}

// The schema fills these in whenever "new" is chosen (keepChosenProvenance); their absence is a bug.
function required<T>(typed: T | undefined): T {
  if (typed === undefined) throw new Error("A new record was chosen without its fields.");
  return typed;
}

/**
 * The source and announcement a correction or move cites, creating those typed on the spot inside
 * the caller's transaction (so a refusal later rolls them back too). A new announcement is published
 * at once, like the correction itself: readers see the corrected figure, so they see what it cites.
 */
export async function resolveProvenance(
  tx: Tx,
  actor: Actor,
  input: InlineProvenance,
  programId: string,
  now = new Date(),
): Promise<{ sourceId: string; announcementId: string | null }> {
  const sourceId = input.sourceId === newRecord ? (await createSource(tx, actor, required(input.newSource))).id : input.sourceId;
  if (input.announcementId !== newRecord) return { sourceId, announcementId: input.announcementId };
  const { title, announcedOn } = required(input.newAnnouncement);
  // Blank date: the source's, as in the guided form.
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { publishedOn: true, deletedAt: true } });
  if (!source || source.deletedAt) throw new InvalidInputError({ sourceId: ["Choose an existing source."] });
  const sourceDay = source.publishedOn ? toIsoDay(source.publishedOn) : null;
  const announcement = await createAnnouncementRecord(
    tx,
    actor,
    { programId, sourceId, title, summary: null, announcedOn: announcedOn ?? sourceDay ?? toIsoDay(now) },
    publicationOf("publish", now),
  );
  return { sourceId, announcementId: announcement.id };
}
