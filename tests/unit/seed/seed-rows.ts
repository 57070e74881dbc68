// The mapped seed rows of the real research files, and small lookups, shared by the seed tests.
import { buildBaseRows } from "@/lib/seed/build-rows";
import { idOf, keys } from "@/lib/seed/keys";
import { loadSeedInput } from "@/lib/seed/load-input";

export const input = loadSeedInput();
// The research file alone; the dated updates have their own test (update-rows.test.ts).
export const rows = buildBaseRows(input);

export const programId = (researchId: string) => idOf(keys.program(researchId));

export function fundingClaim(researchId: string, label: string) {
  const found = rows.fundingClaims.find((c) => c.id === idOf(keys.funding(researchId, label)));
  if (!found) throw new Error(`No funding claim ${researchId} ${label}`);
  return found;
}

export function capacityClaim(researchId: string, label: string) {
  const found = rows.capacityClaims.find((c) => c.id === idOf(keys.capacity(researchId, label)));
  if (!found) throw new Error(`No capacity claim ${researchId} ${label}`);
  return found;
}

export function milestone(researchId: string, title: string) {
  const found = rows.milestones.find((m) => m.id === idOf(keys.milestone(researchId, title)));
  if (!found) throw new Error(`No milestone ${researchId} ${title}`);
  return found;
}
