"use client";
// Previews an edit form can show under its fields, named by the (server) page that draws the form:
// a function cannot cross from a server page to this client form, a name can.
import { previewRate } from "@/lib/editing/preview-rate";
import type { EditFormValues } from "@/lib/admin/form-state";
import { PreviewLines } from "../figure-preview";

const previews = {
  exchangeRate: { read: previewRate, emptyText: "Type the rate to see it both ways round." },
} as const;

export type FormPreviewKind = keyof typeof previews;

export function FormPreview({ kind, values }: { kind: FormPreviewKind; values: EditFormValues }) {
  const { read, emptyText } = previews[kind];
  return <PreviewLines preview={read(values)} id={`${kind}-preview`} emptyText={emptyText} />;
}
