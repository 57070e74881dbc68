// What the seed documents say about a row. A row whose source is a seed document quotes it (the
// `quote` column); a row sourced elsewhere keeps the seed's wording in its notes instead, labelled,
// because a French blog quote under a Federal Register link would misattribute it.
import type { RawProgram } from "./input-schema";
import { idOf, keys } from "./keys";
import { seedDocumentByCode, seedDocuments, type SeedCode } from "./seed-documents";
import { normalizeQuote, seedFigures } from "./seed-figures";

export type SeedMention = { seed: SeedCode; quote: string };

const seedSourceIds = new Set(seedDocuments.map((doc) => idOf(keys.source(doc.ref))));

export function isSeedSource(sourceId: string): boolean {
  return seedSourceIds.has(sourceId);
}

/**
 * The seed wording for the row a key names: for each seed figure stored in that row, the
 * program's seedClaims[].quoteFr that contains the figure (the researched quote), else the figure's
 * own quote from seed-figures.ts. Duplicates are dropped.
 */
export function seedMentions(key: string, program: RawProgram): SeedMention[] {
  const mentions: SeedMention[] = [];
  for (const figure of seedFigures) {
    if (!("key" in figure) || figure.key !== key) continue;
    const file = seedDocumentByCode(figure.seed).file;
    const claim = program.seedClaims.find((c) => c.seedFile === file && normalizeQuote(c.quoteFr).includes(normalizeQuote(figure.figure)));
    const quote = claim?.quoteFr ?? figure.quote;
    if (!mentions.some((m) => m.seed === figure.seed && m.quote === quote)) mentions.push({ seed: figure.seed, quote });
  }
  return mentions;
}

/** `Seed 002 (fr): « … »`, one per mention. */
export function describeMentions(mentions: SeedMention[]): string | null {
  if (mentions.length === 0) return null;
  return mentions.map((m) => `Seed ${m.seed} (fr): « ${m.quote} »`).join("\n");
}

/** Quote for a seed-sourced row, or a labelled note for a row sourced elsewhere. */
export function placeMentions(key: string, program: RawProgram, sourceId: string): { quote: string | null; note: string | null } {
  const mentions = seedMentions(key, program);
  if (isSeedSource(sourceId)) return { quote: mentions.map((m) => m.quote).join(" / ") || null, note: null };
  return { quote: null, note: describeMentions(mentions) };
}

/** Non-empty parts joined as paragraphs, or null. */
export function joinNotes(...parts: Array<string | null | undefined>): string | null {
  return parts.filter((p): p is string => Boolean(p && p.trim())).join("\n") || null;
}
