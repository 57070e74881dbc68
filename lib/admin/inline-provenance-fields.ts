// The correction and move forms cite a source on file, or one typed on the spot: "A new source" in
// the Source select opens the source's own fields (those of the source edit form, named under
// newSource), and "A new announcement" in the Announcement select its title and date.
import { newRecord } from "@/lib/schemas/inline-provenance";
import type { FieldSpec } from "./field-spec";
import type { EditFormValues } from "./form-state";
import { sourceFields } from "./record-form-fields";

// The source fields asked for, with their labels here (each must say which record it belongs to).
const typedSource: Record<string, Partial<FieldSpec>> = {
  title: { label: "Title of the new source" },
  publisher: { label: "Publisher of the new source" },
  url: { label: "Web address of the new source", required: true },
  publishedOn: { label: "Date of the new source", required: true, hint: "The day it was published." },
  language: { label: "Language of the new source" },
  kind: { label: "Kind of the new source" },
  reliability: { label: "Reliability of the new source" },
};

export const newSourceFields: FieldSpec[] = Object.entries(typedSource).map(([name, change]) => {
  const field = sourceFields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`No source field ${name}`);
  return { ...field, ...change, name: `newSource.${name}` };
});

export const newAnnouncementFields: FieldSpec[] = [
  { name: "newAnnouncement.title", label: "What was announced", control: "text", required: true },
  { name: "newAnnouncement.announcedOn", label: "Announced on", control: "date", hint: "Blank: the source's date." },
];

// What a new source starts with: the guided form's own choices, so only what the source says is typed.
export const newProvenanceDefaults: EditFormValues = {
  "newSource.kind": "press_release",
  "newSource.reliability": "primary",
  "newSource.language": "en",
};

const newSource = { value: newRecord, label: "A new source (type it below)" };
const newAnnouncement = { value: newRecord, label: "A new announcement (type it below)" };

/** The form's fields with "new" offered in its source and announcement selects, and the typed record's fields when chosen. */
export function withInlineProvenance(fields: readonly FieldSpec[], typed: EditFormValues): FieldSpec[] {
  return fields.flatMap((field) => {
    if (field.name === "sourceId") return [{ ...field, leading: [newSource] }, ...(typed.sourceId === newRecord ? newSourceFields : [])];
    if (field.name === "announcementId") {
      return [{ ...field, leading: [newAnnouncement] }, ...(typed.announcementId === newRecord ? newAnnouncementFields : [])];
    }
    return [field];
  });
}
