// Publishing a draft announcement (and its program, if that is still a draft) or taking a published
// one back to draft. The editor's version must still be the row's: otherwise someone else changed
// it since the page was opened, and they are told rather than overwritten.
import type { Actor } from "@/lib/core/actor";
import { periodOf, toFigure } from "@/lib/data/money-dto";
import { loadReferenceRates } from "@/lib/data/reference-rates";
import { isoDate } from "@/lib/data/source-dto";
import type { PrismaClient } from "@/lib/prisma-client";
import type { AnnouncementPublicationInput } from "@/lib/schemas/announcement-publication";
import { rateProblems } from "./announcement-rates";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Tx } from "@/lib/core/types";
import { ConflictError, NotFoundError, assertVersionMatched } from "./conflict";
import { InvalidInputError } from "./invalid-input";
import type { IsoDate } from "@/lib/core/dates";
import { affectedFrom } from "@/lib/data/visible-from";

export type PublicationChange = {
  announcementId: string;
  programSlug: string;
  publicationState: "draft" | "published";
  /** The first day it changes in a past view (lib/editing/affected-from.ts). */
  affectedFrom: IsoDate | null;
};

async function loadCurrent(tx: Tx, { id, version }: AnnouncementPublicationInput) {
  const current = await tx.announcement.findFirst({
    where: { id, deletedAt: null },
    include: {
      program: true,
      source: { select: { publishedOn: true } },
      fundingClaims: {
        where: { deletedAt: null },
        select: {
          shape: true,
          amount: true,
          amountLow: true,
          amountHigh: true,
          currency: true,
          asOf: true,
          periodStart: true,
          periodEnd: true,
          periodText: true,
        },
      },
    },
  });
  if (!current) throw new NotFoundError("Announcement", id);
  if (current.version !== version) throw new ConflictError("Announcement", id);
  return current;
}

async function setState(tx: Tx, actor: Actor, input: AnnouncementPublicationInput, state: "draft" | "published", now: Date) {
  const { program, source, fundingClaims, ...before } = await loadCurrent(tx, input);
  void source;
  void fundingClaims;
  if (before.publicationState === state) {
    throw new InvalidInputError(
      {},
      state === "published" ? "This announcement is already published." : "This announcement is already a draft.",
    );
  }
  const publishedAt = state === "published" ? now : null;
  const { count } = await tx.announcement.updateMany({
    where: { id: input.id, version: input.version, deletedAt: null },
    data: { publicationState: state, publishedAt, version: { increment: 1 } },
  });
  assertVersionMatched(count, "Announcement", input.id);
  const after = await tx.announcement.findUniqueOrThrow({ where: { id: input.id } });
  await recordAudit(tx, actor, {
    action: state === "published" ? "publish" : "unpublish",
    entityType: "Announcement",
    entityId: input.id,
    before,
    after,
  });
  return { program, before, after };
}

export async function publishAnnouncement(
  db: PrismaClient,
  actor: Actor,
  input: AnnouncementPublicationInput,
  now = new Date(),
): Promise<PublicationChange> {
  return db.$transaction(async (tx) => {
    const current = await loadCurrent(tx, input);
    const rates = await loadReferenceRates(tx);
    const claims = current.fundingClaims.map((claim) => ({ figure: toFigure(claim), asOf: isoDate(claim.asOf), period: periodOf(claim) }));
    const problems = rateProblems(claims, isoDate(current.source.publishedOn), rates, "publish");
    const messages = [...new Set(Object.values(problems).flat())];
    if (messages.length > 0) throw new InvalidInputError({}, `Not published: ${messages.join(" ")}`);

    const { program, before, after } = await setState(tx, actor, input, "published", now);
    let programAfter = program;
    if (program.publicationState === "draft" && program.deletedAt === null) {
      programAfter = await tx.program.update({
        where: { id: program.id },
        data: { publicationState: "published", publishedAt: now, version: { increment: 1 } },
      });
      await recordAudit(tx, actor, {
        action: "publish",
        entityType: "Program",
        entityId: program.id,
        before: program,
        after: programAfter,
      });
    }
    // Everything the announcement brings hangs off it, so it shows from the announcement's first day
    // (published now); a program this published shows from its own (now too), an unchanged one is left out.
    const changed = affectedFrom([
      { program, announcement: before },
      ...(programAfter === program ? [] : [{ program: programAfter }]),
      { program: programAfter, announcement: after },
    ]);
    return { announcementId: input.id, programSlug: program.slug, publicationState: "published", affectedFrom: changed };
  });
}

/** Back to draft: its figures leave the public pages; the program stays as it is. */
export async function unpublishAnnouncement(
  db: PrismaClient,
  actor: Actor,
  input: AnnouncementPublicationInput,
): Promise<PublicationChange> {
  return db.$transaction(async (tx) => {
    const { program, before, after } = await setState(tx, actor, input, "draft", new Date());
    const changed = affectedFrom([
      { program, announcement: before },
      { program, announcement: after },
    ]);
    return { announcementId: input.id, programSlug: program.slug, publicationState: "draft", affectedFrom: changed };
  });
}
