// What the new-announcement form offers: programs and organisations to pick from, the currencies of
// the rates table, and the reference rates themselves so the browser can preview conversions.
import type { ReferenceRate } from "@/lib/money";
import type { PrismaClient } from "@/lib/prisma-client";
import { loadReferenceRates } from "./reference-rates";

export type AnnouncementFormOptions = {
  programs: Array<{ id: string; name: string; publicationState: "draft" | "published" }>;
  organizations: Array<{ id: string; name: string }>;
  // Live funding claims of every program, for "part of" (the form offers those of the chosen program).
  fundingClaims: Array<{ id: string; label: string; programId: string }>;
  currencies: string[];
  rates: ReferenceRate[];
};

export async function loadAnnouncementFormOptions(db: PrismaClient): Promise<AnnouncementFormOptions> {
  const [programs, organizations, fundingClaims, rates] = await Promise.all([
    db.program.findMany({ where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, publicationState: true } }),
    db.organization.findMany({ where: { deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    // A superseded figure is no longer a whole another can be part of.
    db.fundingClaim.findMany({
      where: { deletedAt: null, supersededBy: null },
      orderBy: { label: "asc" },
      select: { id: true, label: true, programId: true },
    }),
    loadReferenceRates(db),
  ]);
  const currencies = [...new Set(["USD", ...rates.map((rate) => rate.currency)])].sort();
  return { programs, organizations, fundingClaims, currencies, rates };
}
