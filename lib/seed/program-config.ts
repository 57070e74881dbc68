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
  // Label of the one money claim shown as the headline.
  headlineFunding: string;
  // Labels of the capacity claims shown as headlines, at most one per metric, verified only.
  headlineCapacity: string[];
  // Label of the event a relative deadline counts from, when its anchor is a date.
  anchorLabel?: string;
};

export const programConfigs: Record<string, ProgramConfig> = {
  "us-genesis-mission": {
    slug: "genesis-mission",
    kind: "public",
    status: "active",
    country: "United States",
    lead: { name: "U.S. Department of Energy (DOE)", kind: "government" },
    headlineFunding:
      "Initial Genesis-branded DOE awards (American Science Cloud, Transformational AI Models Consortium, " +
      "14 robotics/automation projects, 37 foundational AI awards)",
    headlineCapacity: [
      "Solstice AI supercomputer (Argonne, with NVIDIA and Oracle)",
      "National laboratories integrated",
      "DOE scientists, engineers and technical staff drawn on",
    ],
    anchorLabel: "Executive Order 14363 signed",
  },
  "us-atom-project": {
    slug: "atom-project",
    // An advocacy memo and petition by private individuals: no government role, budget or entity.
    kind: "private",
    status: "proposed",
    country: "United States",
    lead: null,
    summaryPrefix: "An advocacy memo and petition, not a government programme. ",
    headlineFunding: "Estimated cost of access to ~10,000 state-of-the-art GPUs proposed by the ATOM memo",
    headlineCapacity: ["GPUs proposed for an open-model lab"],
  },
  "us-stargate": {
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
    slug: "fluidstack-france",
    kind: "public_private",
    status: "announced",
    country: "France",
    lead: { name: "Fluidstack", kind: "company" },
    headlineFunding: "Initial investment for Phase 1",
    headlineCapacity: ["Dedicated AI compute power", "Next-generation AI chips (Phase 1, 'ultimately')"],
  },
  "eu-eurohpc-ai-factories-investai": {
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
