"use client";
// Step 6: who takes part — an organisation already on file, or a new one — and in what role.
import { textAt } from "@/lib/forms/path-state";
import { organizationFields, participationFields } from "@/lib/admin/record-form-fields";
import { OnFileOrNewField, SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { RepeatableSection } from "./repeatable-section";
import { SpecFields } from "./spec-fields";

export type OrganizationOption = { id: string; name: string };

function PartnerItem({ path, organizations }: { path: string; organizations: OrganizationOption[] }) {
  const { values } = useFormContext();
  const creating = textAt(values, `${path}.organization.mode`) === "new";
  const options = [["", "Choose an organisation…"] as const, ...organizations.map((o) => [o.id, o.name] as const)];
  return (
    <>
      <OnFileOrNewField path={`${path}.organization.mode`} legend="Organisation" onFile="On file" created="New" />
      {creating ? (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SpecFields path={`${path}.organization`} fields={organizationFields} />
          <TextField path={`${path}.organization.slug`} label="Short name" hint="Blank: made from the name." />
        </div>
      ) : (
        <SelectField path={`${path}.organization.id`} label="Which organisation" options={options} required />
      )}
      <SpecFields path={path} fields={participationFields} />
    </>
  );
}

export function PartnerSection({ organizations }: { organizations: OrganizationOption[] }) {
  return (
    <RepeatableSection
      path="partners"
      title="6. Partners"
      noun="Partner"
      renderItem={(path) => <PartnerItem path={path} organizations={organizations} />}
    />
  );
}
