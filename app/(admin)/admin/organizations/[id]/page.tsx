import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordEditPage } from "@/components/admin/edit/record-edit-page";
import { saveOrganization } from "@/lib/actions/edit-records";
import { organizationFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";

export const metadata = { title: "Edit organisation" };

export default async function EditOrganizationPage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <RecordEditPage
      entity="Organization"
      id={id}
      saved={firstParam(query.saved)}
      fields={organizationFields}
      action={saveOrganization}
      path={`/admin/organizations/${id}`}
      noun="organisation"
      title={(record) => `Organisation: ${record.values.name}`}
      back={{ href: "/admin/organizations", label: "All organisations" }}
    />
  );
}
