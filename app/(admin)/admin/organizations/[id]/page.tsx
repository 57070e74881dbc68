import { notFound } from "next/navigation";
import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { saveOrganization } from "@/lib/actions/edit-records";
import { organizationFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit organisation" };

export default async function EditOrganizationPage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await loadEditPage(prisma(), "Organization", id, organizationFields);
  if (!page) notFound();
  const { record, choices } = page;
  return (
    <EditFrame
      title={`Organisation: ${record.values.name}`}
      back={{ href: "/admin/organizations", label: "All organisations" }}
      saved={firstParam(query.saved)}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), "Organization", id)}
    >
      {!record.deletedAt && (
        <RecordForm
          action={saveOrganization}
          fields={organizationFields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Save organisation"
          reloadHref={`/admin/organizations/${id}`}
        />
      )}
    </EditFrame>
  );
}
