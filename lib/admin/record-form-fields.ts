// The fields of the other edit forms: program, its status changes, milestone (details and move), partner,
// organisation, source and exchange rate. As in claim-form-fields.ts, the guided announcement form draws
// the milestone's, partner's and new organisation's fields marked `guided` from here too.
import { rateDirections, rateKinds } from "@/lib/schemas/exchange-rate";
import {
  datePrecisions,
  milestoneStatuses,
  organizationKinds,
  participationRoles,
  programKinds,
  programStatuses,
  sourceKinds,
  sourceReliabilities,
} from "@/lib/core/vocabulary";
import type { FieldSpec } from "./field-spec";
import { confidenceField, editorNoteField, provenanceFields, readerNotesField, statusCheckedOnField } from "./shared-fields";

export const programFields: FieldSpec[] = [
  { name: "name", label: "Name", control: "text", required: true },
  { name: "nameFr", label: "Name in French", control: "text" },
  { name: "aliases", label: "Other names", control: "textarea", lines: true, hint: "One per line." },
  { name: "country", label: "Country", control: "text", required: true },
  { name: "region", label: "Region", control: "text", required: true },
  { name: "leadOrganizationId", label: "Lead organisation", control: "select", options: "organizations", optional: true },
  { name: "leadDescription", label: "Lead, as described", control: "textarea" },
  { name: "kind", label: "Kind", control: "select", options: programKinds, required: true },
  { name: "status", label: "Status", control: "select", options: programStatuses, required: true },
  { name: "statusDetail", label: "Status detail", control: "textarea" },
  { name: "statusAsOf", label: "Status as of", control: "date" },
  statusCheckedOnField,
  { name: "announcedOn", label: "Announced on", control: "date", required: true },
  { name: "summary", label: "Summary", control: "textarea", required: true },
  { name: "website", label: "Website", control: "url" },
  editorNoteField,
];

export const milestoneFields: FieldSpec[] = [
  { name: "title", label: "Title", control: "text", required: true },
  { name: "description", label: "Description", control: "textarea", guided: true },
  { name: "status", label: "Status", control: "select", options: milestoneStatuses, required: true, guided: true, initial: "planned" },
  { name: "statusDetail", label: "Status detail", control: "textarea" },
  // Not guided: the guided form asks for it only once the status is "completed" (components/admin/milestone-section.tsx).
  { name: "completedOn", label: "Completed, cancelled or missed on", control: "date", hint: "As the completion source reports it." },
  {
    name: "completionSourceId",
    label: "Completion source",
    control: "select",
    options: "sources",
    optional: true,
    hint: "Who reports it completed, cancelled or missed. “Missed” needs one.",
  },
  statusCheckedOnField,
  confidenceField,
  ...provenanceFields,
  editorNoteField,
];

// One dated change of a program's status. Its date is as precise as its source says.
export const statusChangeFields: FieldSpec[] = [
  { name: "fromStatus", label: "Status before", control: "select", options: programStatuses, required: true },
  { name: "status", label: "New status", control: "select", options: programStatuses, required: true },
  { name: "effectiveOn", label: "Since", control: "date", required: true, hint: "For a month or a quarter, any day in it." },
  { name: "effectivePrecision", label: "Date known to the", control: "select", options: datePrecisions, required: true },
  { name: "detail", label: "What happened, for readers", control: "textarea" },
  ...provenanceFields,
  editorNoteField,
];

export const rescheduleFields: FieldSpec[] = [
  { name: "dueOn", label: "New due date", control: "date", hint: "Leave empty for a deadline counted in days from an anchor." },
  { name: "duePrecision", label: "Due date known to the", control: "select", options: datePrecisions },
  { name: "dueText", label: "Due date as stated", control: "text", hint: "e.g. “early 2027”" },
  { name: "relativeDays", label: "Or: days after the anchor", control: "number" },
  { name: "anchorOn", label: "Anchor date", control: "date" },
  { name: "anchorLabel", label: "Anchor event", control: "text", hint: "e.g. “the executive order”" },
  { name: "reason", label: "Why it moved", control: "textarea", required: true },
  { name: "sourceId", label: "Source of the new date", control: "select", options: "sources", required: true },
  { name: "announcementId", label: "Announcement", control: "select", options: "announcements", optional: true },
];

export const participationFields: FieldSpec[] = [
  { name: "role", label: "Role", control: "select", options: participationRoles, required: true, guided: true, initial: "member" },
  { name: "roleDetail", label: "Role, as described", control: "text", guided: true },
  { name: "contribution", label: "Contribution", control: "textarea", hint: "e.g. “€10 bn of equity”, “hosts the site”.", guided: true },
  confidenceField,
  ...provenanceFields,
  { name: "joinedOn", label: "Joined on", control: "date", hint: "As the source above reports it." },
  { name: "leftOn", label: "Left on", control: "date" },
  { name: "leftSourceId", label: "Source of the departure", control: "select", options: "sources", optional: true },
  readerNotesField,
  editorNoteField,
];

export const organizationFields: FieldSpec[] = [
  { name: "name", label: "Name", control: "text", required: true, guided: true },
  { name: "kind", label: "Kind", control: "select", options: organizationKinds, required: true, guided: true, initial: "company" },
  { name: "country", label: "Country", control: "text", guided: true },
  { name: "website", label: "Website", control: "url", guided: true },
  readerNotesField,
  editorNoteField,
];

export const sourceFields: FieldSpec[] = [
  { name: "title", label: "Title", control: "text", required: true },
  { name: "publisher", label: "Publisher", control: "text", required: true },
  { name: "kind", label: "Kind", control: "select", options: sourceKinds, required: true },
  { name: "url", label: "Web address", control: "url" },
  { name: "seedDocument", label: "Or: document name", control: "text" },
  { name: "publishedOn", label: "Published on", control: "date" },
  { name: "publishedPrecision", label: "Publication date known to the", control: "select", options: datePrecisions, optional: true },
  { name: "language", label: "Language", control: "text", hint: "A code such as en or fr." },
  { name: "reliability", label: "Reliability", control: "select", options: sourceReliabilities, required: true },
  { name: "reliabilityNote", label: "Reliability note", control: "text" },
  editorNoteField,
];

export const exchangeRateFields: FieldSpec[] = [
  { name: "currency", label: "Currency", control: "text", required: true, hint: "Three letters, e.g. KRW." },
  { name: "year", label: "Year", control: "number", required: true },
  {
    name: "direction",
    label: "The rate is written as",
    control: "select",
    options: rateDirections,
    optionLabels: {
      usd_per_unit: "US dollars per unit (the ECB's euro: 1.0824)",
      units_per_usd: "Units per US dollar (most central banks)",
    },
  },
  {
    name: "rate",
    label: "Rate",
    control: "text",
    required: true,
    hint: "As published: 1.0824 US dollars per euro, or 1,392.96 won per US dollar.",
  },
  { name: "rateKind", label: "Kind of rate", control: "select", options: rateKinds },
  { name: "series", label: "Series", control: "text" },
  { name: "note", label: "Note", control: "textarea" },
  { name: "sourceId", label: "Source", control: "select", options: "sources", required: true },
  {
    name: "confirmUnusual",
    label: "The rate is right, although it is more than 50 % off the year before",
    control: "checkbox",
    hint: "Tick only after the form warns that the rate is far from the year before.",
  },
];
