"use client";
// Step 2: the announcement itself, and the program it belongs to — picked, or created with its basics.
import { textAt } from "@/lib/forms/path-state";
import { programKinds, programStatuses } from "@/lib/core/vocabulary";
import { OnFileOrNewField, SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";

export type ProgramOption = { id: string; name: string; publicationState: "draft" | "published" };

export function ProgramSection({ programs }: { programs: ProgramOption[] }) {
  const { values } = useFormContext();
  const creating = textAt(values, "program.mode") === "new";
  const options = [
    ["", "Choose a program…"] as const,
    ...programs.map((p) => [p.id, p.publicationState === "draft" ? `${p.name} (draft)` : p.name] as const),
  ];
  return (
    <section aria-labelledby="program-heading" className="mt-10">
      <h2 id="program-heading" className="text-xl font-semibold">
        2. The announcement and its program
      </h2>
      <TextField
        path="announcement.title"
        label="What was announced"
        required
        hint="A short headline, e.g. “Cabinet approves the IndiaAI Mission”."
      />
      <TextField path="announcement.summary" label="Summary" multiline />
      <TextField path="announcement.announcedOn" label="Announced on" type="date" hint="Leave blank if it is the source's date." />
      <OnFileOrNewField path="program.mode" legend="Program" onFile="An existing program" created="A new program" />
      {creating ? (
        <div className="mt-2 border-l-4 border-slate-300 pl-4 dark:border-slate-700">
          <TextField path="program.name" label="Program name" required />
          <TextField
            path="program.slug"
            label="Short name for its web address"
            hint="Lower-case letters, digits and hyphens. Leave blank to make one from the name."
          />
          <TextField path="program.nameFr" label="Name in French, if it has one" />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField path="program.country" label="Country" required />
            <TextField path="program.region" label="Region" required hint="e.g. Europe, Asia, North America." />
            <SelectField path="program.kind" label="Kind" options={programKinds} required />
            <SelectField path="program.status" label="Status" options={programStatuses} required />
          </div>
          <TextField path="program.summary" label="What the program is" multiline required />
          <TextField path="program.website" label="Website" type="url" />
          <TextField
            path="program.announcedOn"
            label="Program announced on"
            type="date"
            hint="Leave blank if it is this announcement's date."
          />
        </div>
      ) : (
        <SelectField path="program.id" label="Which program" options={options} required />
      )}
    </section>
  );
}
