// Edit a source's citation. Every figure citing it shows the change, so all public views refresh.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { SourceEdit } from "@/lib/schemas/record-edits";
import { optionalDayOf } from "./db-values";
import type { EditOutcome } from "./outcome";
import { inPlace, saveVersioned } from "./versioned-save";

export async function editSource(db: PrismaClient, actor: Actor, input: SourceEdit): Promise<EditOutcome> {
  const { id, version, publishedOn, ...fields } = input;
  return db.$transaction(async (tx) => {
    const { after } = await saveVersioned(tx, actor, {
      entityType: "Source",
      id,
      version,
      ...inPlace((t) => t.source, id, { ...fields, publishedOn: optionalDayOf(publishedOn) }),
    });
    return { entityType: "Source", id, version: after.version, affects: "all", affectedFrom: null };
  });
}
