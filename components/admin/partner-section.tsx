"use client";
// Step 6: who takes part — an organisation already on file, or a new one — and in what role.
import { emptyPartner } from "@/lib/forms/announcement-defaults";
import { textAt } from "@/lib/forms/path-state";
import { announcementLimits } from "@/lib/schemas/announcement";
import { confidences, organizationKinds, participationRoles } from "@/lib/core/vocabulary";
import { RadioField, SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { RepeatableSection } from "./repeatable-section";

export type OrganizationOption = { id: string; name: string };

function PartnerItem({ path, organizations }: { path: string; organizations: OrganizationOption[] }) {
  const { values } = useFormContext();
  const creating = textAt(values, `${path}.organization.mode`) === "new";
  const options = [["", "Choose an organisation…"] as const, ...organizations.map((o) => [o.id, o.name] as const)];
  return (
    <>
      <RadioField
        path={`${path}.organization.mode`}
        legend="Organisation"
        options={[
          ["existing", "On file"],
          ["new", "New"],
        ]}
      />
      {creating ? (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField path={`${path}.organization.name`} label="Name" required />
          <TextField path={`${path}.organization.slug`} label="Short name" hint="Blank: made from the name." />
          <SelectField path={`${path}.organization.kind`} label="Kind" options={organizationKinds} required />
          <TextField path={`${path}.organization.country`} label="Country" />
          <TextField path={`${path}.organization.website`} label="Website" type="url" />
        </div>
      ) : (
        <SelectField path={`${path}.organization.id`} label="Which organisation" options={options} required />
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField path={`${path}.role`} label="Role" options={participationRoles} required />
        <SelectField path={`${path}.confidence`} label="Confidence" options={confidences} />
      </div>
      <TextField path={`${path}.roleDetail`} label="Role, in the source's words" />
      <TextField path={`${path}.contribution`} label="Contribution" hint="e.g. “€10 bn of equity”, “hosts the site”." />
    </>
  );
}

export function PartnerSection({ organizations }: { organizations: OrganizationOption[] }) {
  return (
    <RepeatableSection
      path="partners"
      title="6. Partners"
      noun="Partner"
      max={announcementLimits.partners}
      empty={emptyPartner}
      renderItem={(path) => <PartnerItem path={path} organizations={organizations} />}
    />
  );
}
