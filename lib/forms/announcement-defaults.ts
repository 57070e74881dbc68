// Empty sections of the guided announcement form, with the choices most announcements need already
// made (day precision, verified, English), so the editor types only what the source says.
// A record's fields shared with its edit form start from that form's spec (lib/admin/*-form-fields.ts).
import { capacityClaimFields, fundingClaimFields } from "@/lib/admin/claim-form-fields";
import { milestoneFields, organizationFields, participationFields } from "@/lib/admin/record-form-fields";
import { guidedDefaults } from "@/lib/admin/field-spec";
import type { FormValues } from "./path-state";

export function emptyFundingClaim(): FormValues {
  return { label: "", amountText: "", currency: "", parentId: "", ...guidedDefaults(fundingClaimFields) };
}

export function emptyCapacityClaim(): FormValues {
  return { label: "", valueText: "", metric: "power", unit: "", unitDetail: "", precision: "", ...guidedDefaults(capacityClaimFields) };
}

export function emptyMilestone(): FormValues {
  return {
    title: "",
    timing: "date",
    dueOn: "",
    duePrecision: "day",
    dueText: "",
    relativeDays: "",
    anchorOn: "",
    anchorLabel: "",
    completedOn: "",
    ...guidedDefaults(milestoneFields),
  };
}

export function emptyPartner(): FormValues {
  return {
    organization: { mode: "existing", id: "", slug: "", ...guidedDefaults(organizationFields) },
    ...guidedDefaults(participationFields),
  };
}

export function emptyAnnouncement(): FormValues {
  return {
    source: {
      kind: "press_release",
      url: "",
      seedDocument: "",
      title: "",
      publisher: "",
      publishedOn: "",
      publishedPrecision: "day",
      language: "en",
      reliability: "primary",
      reliabilityNote: "",
    },
    announcement: { title: "", summary: "", announcedOn: "" },
    program: {
      mode: "existing",
      id: "",
      name: "",
      slug: "",
      nameFr: "",
      country: "",
      region: "",
      kind: "public",
      status: "announced",
      summary: "",
      website: "",
      announcedOn: "",
      leadDescription: "",
      statusDetail: "",
      statusAsOf: "",
    },
    // Every kind opens when the editor adds its first item: the first screen is the source and the
    // announcement only, and an announcement that brings no money has no empty claim to delete.
    fundingClaims: [],
    capacityClaims: [],
    milestones: [],
    partners: [],
  };
}
