// Fields that several record kinds' forms have, with one label and hint each wherever they show.
import { confidences } from "@/lib/core/vocabulary";
import type { FieldSpec } from "./field-spec";

/** Where a record comes from: the source that reports it, and the announcement it belongs to. */
export const provenanceFields: FieldSpec[] = [
  { name: "sourceId", label: "Source", control: "select", options: "sources", required: true },
  { name: "announcementId", label: "Announcement", control: "select", options: "announcements", optional: true },
];

// Research notes (doubts, how a fact was found) live here: the admin area shows them, readers never do.
export const editorNoteField: FieldSpec = { name: "editorNote", label: "Editor note (never shown to readers)", control: "textarea" };

export const readerNotesField: FieldSpec = { name: "notes", label: "Notes for readers", control: "textarea" };

export const confidenceField: FieldSpec = {
  name: "confidence",
  label: "Confidence",
  control: "select",
  options: confidences,
  guided: true,
  initial: "verified",
};

export const statusCheckedOnField: FieldSpec = {
  name: "statusCheckedOn",
  label: "Status last checked on",
  control: "date",
  hint: "The day someone last looked for news of it.",
};
