import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordEditPage } from "@/components/admin/edit/record-edit-page";
import { saveStatusChange } from "@/lib/actions/edit-records";
import { statusChangeFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";

export const metadata = { title: "Edit status change" };

export default async function EditStatusChangePage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <RecordEditPage
      entity="ProgramStatusChange"
      id={id}
      saved={firstParam(query.saved)}
      fields={statusChangeFields}
      action={saveStatusChange}
      path={`/admin/status-changes/${id}`}
      noun="status change"
      title={() => "Status change"}
      back="program"
    />
  );
}
