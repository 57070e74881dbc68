// Vocabulary mappings from the research file's free text to the schema's enums.
import type { Confidence, FundingKind, SourceReliability } from "../generated/prisma/client";

/**
 * Confidence from a `verification` text. Order matters: "INCORRECT" is shown wrong by better sources
 * (incorrect: kept on record, never converted or drawn);
 * "UNVERIFIED", "LOW reliability" and vendor claims are unverified even when they also say
 * "verified"; "verified…" is verified; "reported"/"single secondary source" is reported. Anything
 * else is treated as reported, the cautious reading of a figure that has a source but no check.
 */
export function confidenceFrom(verification: string): Confidence {
  if (/INCORRECT/.test(verification)) return "incorrect";
  if (/unverified|low reliability|vendor claim/i.test(verification)) return "unverified";
  if (/^verified/i.test(verification.trim())) return "verified";
  return "reported";
}

const FUNDING_KINDS: Record<string, FundingKind> = {
  announced: "pledged",
  committed: "committed",
  appropriated: "appropriated",
  "private investment": "private_investment",
};

export function fundingKindFrom(kind: string): FundingKind {
  const mapped = FUNDING_KINDS[kind.trim().toLowerCase()];
  if (!mapped) throw new Error(`Unknown budget kind in programs.json: "${kind}"`);
  return mapped;
}

/** "primary…" → primary; "UNRELIABLE" → unreliable; "LOW" → low; anything else secondary. */
export function reliabilityFrom(text: string): SourceReliability {
  if (/^primary/i.test(text.trim())) return "primary";
  if (/UNRELIABLE/.test(text)) return "unreliable";
  if (/LOW/.test(text)) return "low";
  return "secondary";
}
