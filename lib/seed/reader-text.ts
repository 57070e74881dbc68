// What readers see of the research file's wording. Its labels and verification texts were written
// for editors ("Seed 000 claim: …", "UNVERIFIED – seed 000 only"): labels are reworded here, the
// verification text becomes the editor note, and a confidence is explained to readers only where
// a sentence written for them exists below.
import type { ClaimScope, FundingKind } from "../generated/prisma/client";
import { keys } from "./keys";

const atom = "us-atom-project";
const genesis = "us-genesis-mission";
const stargate = "us-stargate";
const fluidstack = "fr-fluidstack-ai-supercomputer";
const eurohpc = "eu-eurohpc-ai-factories-investai";

/** "Seed 000 claim: X" → "Article claim: X": the article is cited by its source, never by a file. */
export function readerLabel(label: string): string {
  return label.trim().replace(/^Seed \d{3} (claims?|variant):\s*/i, "Article claim: ");
}

/**
 * An alias as readers see it: the research file glosses some in parentheses for editors
 * ("« Porte des étoiles » (traduction littérale dans la graine 004)": a seed file's name); the gloss is dropped.
 */
export function readerAlias(alias: string): string {
  return alias.replace(/\s*\([^()]*\b(?:graine|seed)s? \d{3}\b[^()]*\)\s*$/i, "").trim();
}

// scopeText: the reader wording of what the figure covers, where the research file wrote an instruction to editors.
type ClaimText = { label?: string; confidenceNote?: string; scope?: ClaimScope; scopeText?: string; kind?: FundingKind };

// Reader wording and decisions per funding line, keyed by the research file's label.
export const FUNDING_TEXT: Record<string, ClaimText> = {
  [keys.funding(atom, "Unsourced press claim: federal funding 'could reach hundreds of millions'")]: {
    label: "Press report: federal funding 'could reach hundreds of millions'",
    confidenceNote: "One outlet, citing unnamed sources; it states no figure.",
  },
  [keys.funding(atom, "Seed 000 claim: initial budget")]: { confidenceNote: "No other source states this budget." },
  [keys.funding(atom, "Seed 000 claim: amplification over five years")]: { confidenceNote: "No other source states this figure." },
  [keys.funding(stargate, "Seed 004 variant: 'investissement américain de 500 milliards d'euros'")]: {
    label: "Article claim: 'investissement américain de 500 milliards d'euros'",
    confidenceNote:
      "A currency error: OpenAI's announcement, and the same article elsewhere, say 500 billion dollars. " +
      "USD 500 bn is not EUR 500 bn, so this figure is neither converted nor drawn.",
  },
  [keys.funding(eurohpc, "Seed 004 claim: Europe invests €1.96bn in 'usines à IA'")]: {
    confidenceNote: "No official source states this figure.",
  },
  // Related context: money beside the program, not the program's own.
  [keys.funding(genesis, "AWS investment in AI/HPC capacity for U.S. government agencies")]: { scope: "related" },
  [keys.funding(fluidstack, "Context: total private AI investment pledges announced by France at the AI Action Summit")]: {
    label: "France's AI Action Summit total of private AI investment pledges (it includes this program's €10 bn)",
    scope: "related",
  },
  [keys.funding(genesis, "Lux AI cluster + Discovery supercomputer at ORNL (combined public and private investment)")]: {
    label: "Lux AI cluster + Discovery supercomputer at ORNL (combined public and private investment, announced before the Mission)",
    scope: "related",
  },
  [keys.funding(eurohpc, "InvestAI: investment to mobilise for AI")]: { scope: "related", kind: "mobilisation_target" },
  // Calls for applications: money offered to applicants, not money pledged.
  [keys.funding(genesis, "Genesis Mission Request for Applications DE-FOA-0003612 (21 topic areas)")]: { kind: "funding_call" },
  [keys.funding(eurohpc, "Call: cooperation of AI Factories and Antennas (HORIZON-JU-EUROHPC-2026-COAIF-03)")]: { kind: "funding_call" },
};

// The Argonne and ORNL systems were announced in October 2025, before the executive order, and
// AWS's build-out is commercial: related context beside Genesis, not the Mission's own capacity.
export const CAPACITY_TEXT: Record<string, ClaimText> = {
  [keys.capacity(genesis, "AWS government AI/HPC capacity")]: { scope: "related" },
  // The dropped Abilene expansion site went to Microsoft (2026 update): reported beside Stargate, not its capacity.
  [keys.capacity(stargate, "Crusoe Abilene expansion leased by Microsoft (formerly planned for Oracle/OpenAI)")]: {
    scope: "related",
    scopeText: "Microsoft's data centre on the site once planned for Stargate's expansion; not Stargate capacity",
  },
  [keys.capacity(genesis, "Solstice AI supercomputer (Argonne, with NVIDIA and Oracle)")]: { scope: "related" },
  [keys.capacity(genesis, "Equinox AI supercomputer (Argonne)")]: { scope: "related" },
  [keys.capacity(genesis, "Solstice + Equinox combined AI performance (vendor figure)")]: { scope: "related" },
};

/** A partner's role as readers read it: a research verdict ("UNVERIFIED – …") is said plainly. */
export function readerRoleDetail(roleDetail: string | null): string | null {
  if (!roleDetail || !/UNVERIFIED/.test(roleDetail)) return roleDetail;
  return "Named only by a promotional article; no other source confirms this partnership.";
}

// How the research file says "we found nothing", reworded for readers.
const STATUS_WORDING: Array<[RegExp, string]> = [
  [/\s*\(latest material June 2026\)/, " (sources checked up to June 2026)"],
  [/ in the material read/g, ""],
];

export function readerStatusDetail(text: string | null): string | null {
  return text === null ? null : STATUS_WORDING.reduce((out, [pattern, words]) => out.replace(pattern, words), text);
}

/** A web source's title without the researcher's note on how it was found ("; URL as cited by …"). */
export function readerSourceTitle(title: string): string {
  return title.replace(/;\s*URL as cited by [^)]*\)/, ")");
}
