// The stable keys every seeded row's id is derived from (see stable-id.ts). Keys use the research
// file's own identifiers (program ids such as `us-stargate`, source refs, trimmed labels) so that a
// key still names the same fact when the file is re-read. Renaming a label in programs.json makes a
// new row on the next seed; the old one stays, as editors may have worked on it.
import { stableId } from "./stable-id";

export const keys = {
  source: (ref: string) => `source:${ref}`,
  organization: (slug: string) => `organization:${slug}`,
  program: (programId: string) => `program:${programId}`,
  participation: (programId: string, organizationSlug: string, role: string) => `participation:${programId}:${organizationSlug}:${role}`,
  announcement: (programId: string, isoDate: string) => `announcement:${programId}:${isoDate}`,
  funding: (programId: string, label: string) => `funding:${programId}:${label.trim()}`,
  capacity: (programId: string, label: string) => `capacity:${programId}:${label.trim()}`,
  milestone: (programId: string, title: string) => `milestone:${programId}:${title.trim()}`,
  milestoneRevision: (milestoneKey: string) => `milestone-revision:${milestoneKey}:original`,
  exchangeRate: (currency: string, year: number) => `exchange-rate:${currency}:${year}`,
  audit: (entityType: string, entityId: string) => `audit:create:${entityType}:${entityId}`,
} as const;

/** The id of the row a key names. */
export function idOf(key: string): string {
  return stableId(key);
}
