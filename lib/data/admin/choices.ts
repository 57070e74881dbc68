// The lists an edit form picks from: live sources and organisations, and the program's own
// announcements and claims. Labels say enough to tell similar records apart.
import type { Choice, ChoiceKey, Choices } from "@/lib/admin/field-spec";
import type { PrismaClient } from "@/lib/prisma-client";
import { toIsoDay } from "@/lib/core/dates";

const day = (date: Date | null) => (date ? toIsoDay(date) : "undated");

async function sources(db: PrismaClient): Promise<Choice[]> {
  const rows = await db.source.findMany({
    where: { deletedAt: null },
    orderBy: [{ publisher: "asc" }, { title: "asc" }],
    select: { id: true, title: true, publisher: true, publishedOn: true },
  });
  return rows.map((s) => ({ value: s.id, label: `${s.publisher}: ${s.title} (${day(s.publishedOn)})` }));
}

async function organizations(db: PrismaClient): Promise<Choice[]> {
  const rows = await db.organization.findMany({ where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return rows.map((o) => ({ value: o.id, label: o.name }));
}

async function announcements(db: PrismaClient, programId: string): Promise<Choice[]> {
  const rows = await db.announcement.findMany({
    where: { programId, deletedAt: null },
    orderBy: { announcedOn: "asc" },
    select: { id: true, title: true, announcedOn: true },
  });
  return rows.map((a) => ({ value: a.id, label: `${day(a.announcedOn)}: ${a.title}` }));
}

async function claims(db: PrismaClient, programId: string, model: "fundingClaims" | "capacityClaims"): Promise<Choice[]> {
  const args = { where: { programId, deletedAt: null }, orderBy: { label: "asc" }, select: { id: true, label: true } } as const;
  const rows = model === "fundingClaims" ? await db.fundingClaim.findMany(args) : await db.capacityClaim.findMany(args);
  return rows.map((c) => ({ value: c.id, label: c.label }));
}

/** The lists the named fields need; program-specific ones only when a program is given. */
export async function loadChoices(db: PrismaClient, keys: readonly ChoiceKey[], programId: string | null = null): Promise<Choices> {
  const choices: Choices = {};
  for (const key of new Set(keys)) {
    if (key === "sources") choices.sources = await sources(db);
    else if (key === "organizations") choices.organizations = await organizations(db);
    else if (programId && key === "announcements") choices.announcements = await announcements(db, programId);
    else if (programId && (key === "fundingClaims" || key === "capacityClaims")) choices[key] = await claims(db, programId, key);
  }
  return choices;
}
