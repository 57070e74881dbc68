"use client";
// Any edit form: fields from a spec, the record's id and version in hidden fields, the server
// action through useActionState. What the editor typed stays in the fields after a refusal: like
// the guided announcement form, it submits through a transition rather than its own action, since
// React resets a form after its action runs, and the reset put every controlled select back on its
// first option (another program's source) while the state still held the editor's choice.
import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { idleFormState, type FormAction, type EditFormValues } from "@/lib/admin/form-state";
import { newProvenanceDefaults, withInlineProvenance } from "@/lib/admin/inline-provenance-fields";
import type { Choices, FieldSpec } from "@/lib/admin/field-spec";
import { ConflictNotice } from "./conflict-notice";
import { FormField } from "./form-field";
import { FormPreview, type FormPreviewKind } from "./form-preview";
import { FormStatus } from "./form-status";

type Props = {
  action: FormAction;
  fields: readonly FieldSpec[];
  values: EditFormValues;
  // id, version and any other fixed values the schema needs (programId, supersedesId, …).
  hidden: EditFormValues;
  choices: Choices;
  submitLabel: string;
  reloadHref: string;
  // Corrections and moves: the source (and announcement) may be typed on the spot.
  inlineSource?: boolean;
  // How the typed values read, shown under the fields (the rate form: the rate both ways round).
  preview?: FormPreviewKind;
};

export function RecordForm({ action, fields: specs, values, hidden, choices, submitLabel, reloadHref, inlineSource, preview }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const [typed, setTyped] = useState<EditFormValues>(() => (inlineSource ? { ...newProvenanceDefaults, ...values } : values));
  const fields = inlineSource ? withInlineProvenance(specs, typed) : specs;
  const [version, setVersion] = useState(hidden.version ?? "");
  const current = state.status === "conflict" ? state.current : null;
  const { version: _loadedVersion, ...fixed } = hidden;
  // Marks the form as interactive once React has hydrated it (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-ready={ready}>
      <FormStatus state={state} fields={fields} />
      {current && (
        <ConflictNotice
          fields={fields}
          typed={typed}
          current={current}
          reloadHref={reloadHref}
          adopted={version === String(current.version)}
          onAdopt={() => setVersion(String(current.version))}
        />
      )}
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {hidden.version !== undefined && <input type="hidden" name="version" value={version} />}
      {fields.map((field) => (
        <FormField
          key={field.name}
          field={field}
          value={typed[field.name] ?? ""}
          errors={state.fieldErrors[field.name]}
          choices={choices}
          onChange={(value) => setTyped((previous) => ({ ...previous, [field.name]: value }))}
        />
      ))}
      {preview && <FormPreview kind={preview} values={typed} />}
      <button
        type="submit"
        disabled={pending}
        className="mt-6 rounded bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
