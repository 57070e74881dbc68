// Decisions about each program that programs.json leaves as prose: slug, kind, status vocabulary,
// country, lead organisation and which figures are the headlines. Keyed by the research file's id.
import type { ProgramKind, ProgramStatus } from "../generated/prisma/client";

export type LeadOrganization = { name: string; kind: "government" | "company" };

export type ProgramConfig = {
  slug: string;
  kind: ProgramKind;
  status: ProgramStatus;
  country: string;
  // Null where the program has no lead organisation of its own (leadDescription says why).
  lead: LeadOrganization | null;
  summaryPrefix?: string;
  // Reader-facing status text (the research file's status notes go to the editor note).
  statusDetail: string;
  // Reader-facing text on who leads, where the research file's own wording is a note to editors.
  leadDescription?: string;
  // Label of the one money claim shown as the headline.
  headlineFunding: string;
  // Labels of the capacity claims shown as headlines, at most one per metric, verified only.
  headlineCapacity: string[];
  // Label of the event a relative deadline counts from, when its anchor is a date.
  anchorLabel?: string;
};

export const programConfigs: Record<string, ProgramConfig> = {
  "us-genesis-mission": {
    statusDetail:
      "Implementation under way. The executive order provides no dedicated funding (subject to appropriations). DOE has signed " +
      "24 MOUs, announced $320M of awards, published 26 challenges, launched a consortium, issued a $293.76M funding call and " +
      "added Japan as first international partner.",

    slug: "genesis-mission",
    kind: "public",
    status: "active",
    country: "United States",
    lead: { name: "U.S. Department of Energy (DOE)", kind: "government" },
    headlineFunding:
      "Initial Genesis-branded DOE awards (American Science Cloud, Transformational AI Models Consortium, " +
      "14 robotics/automation projects, 37 foundational AI awards)",
    // Solstice is related context (announced before the Mission), so it is no headline of Genesis.
    headlineCapacity: ["National laboratories integrated", "DOE scientists, engineers and technical staff drawn on"],
    anchorLabel: "Executive Order 14363 signed",
  },
  "us-atom-project": {
    statusDetail:
      "An unfunded advocacy campaign. No lab has been created and no money raised under the ATOM name; the project continues " +
      "as a memo, a list of signatories and an 'ATOM Report' tracking the adoption of open models.",
    leadDescription: "No lead organisation: a community initiative started by Nathan Lambert (Allen Institute for AI / Interconnects).",

    slug: "atom-project",
    // An advocacy memo and petition by private individuals: no government role, budget or entity.
    // A proposal: its cost estimate is never funding, so it is out of every money total.
    kind: "proposal",
    status: "proposed",
    country: "United States",
    lead: null,
    summaryPrefix: "An advocacy memo and petition, not a government programme. ",
    headlineFunding: "Estimated cost of access to ~10,000 state-of-the-art GPUs proposed by the ATOM memo",
    headlineCapacity: ["GPUs proposed for an open-model lab"],
  },
  "us-stargate": {
    statusDetail:
      "Under construction, partly operational. At Abilene two of eight buildings run GB200 workloads; the full ~1.2 GW campus " +
      "was due in mid-2026. The planned Abilene expansion was dropped in March 2026 and the site leased to Microsoft. On " +
      "2026-04-29 OpenAI said it had secured more than 10 GW of U.S. capacity under the Stargate name ('secured' is not " +
      "'online'). Most capacity has come through bilateral OpenAI–Oracle and OpenAI–SoftBank deals.",

    slug: "stargate",
    kind: "private",
    status: "under_construction",
    country: "United States",
    // A joint venture of several companies: no single lead organisation row.
    lead: null,
    headlineFunding: "Stated investment intention over four years",
    headlineCapacity: ["Capacity secured (OpenAI statement)", "Chips running in >5 GW of capacity"],
  },
  "fr-fluidstack-ai-supercomputer": {
    statusDetail:
      "Announced (memorandum of understanding). No site selection, financing close or construction start has been reported. " +
      "Fluidstack's later headline deal is with Anthropic in the U.S. (Nov 2025); FrenchWeb questioned its capacity to deliver.",
    leadDescription:
      "MoU signed by Éric Lombard (Minister of the Economy, Finance and Industrial and Digital Sovereignty) and Marc Ferracci " +
      "(Minister for Industry and Energy) with Fluidstack's co-founder and president César Maklary.",

    slug: "fluidstack-france",
    kind: "public_private",
    status: "announced",
    country: "France",
    lead: { name: "Fluidstack", kind: "company" },
    headlineFunding: "Initial investment for Phase 1",
    headlineCapacity: ["Dedicated AI compute power", "Next-generation AI chips (Phase 1, 'ultimately')"],
  },
  "eu-eurohpc-ai-factories-investai": {
    statusDetail:
      "AI Factories deploying; gigafactory selection pending and delayed. 19 AI Factories and 13 Antennas were selected " +
      "(Dec 2024–Oct 2025). A Council regulation extended EuroHPC's mandate to AI gigafactories in Jan 2026; the formal call " +
      "was expected in 2026 with selection targeted for summer 2026. Bloomberg (June 2026) reports delays and funding " +
      "problems; Politico (May 2026) reports criticism about demand.",

    slug: "eurohpc-ai-factories",
    kind: "public_private",
    status: "active",
    country: "European Union",
    lead: { name: "European Commission", kind: "government" },
    headlineFunding: "Cumulative EU + participating states commitment to AI Factories and Antennas",
    // Accelerator figures here are sizes per site (25,000; 100,000), not program totals: no headline.
    headlineCapacity: ["AI Factories selected", "AI Factory Antennas selected"],
  },
};

export function configOf(programId: string): ProgramConfig {
  const config = programConfigs[programId];
  if (!config) throw new Error(`programs.json has a program the seed does not know: ${programId}`);
  return config;
}
