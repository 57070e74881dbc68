import { notFound } from "next/navigation";
import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { saveStatusChange } from "@/lib/actions/edit-records";
import { statusChangeFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit status change" };

export default async function EditStatusChangePage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await loadEditPage(prisma(), "ProgramStatusChange", id, statusChangeFields);
  if (!page?.record.programId) notFound();
  const { record, choices } = page;
  return (
    <EditFrame
      title="Status change"
      back={{ href: `/admin/programs/${record.programId}`, label: "The program" }}
      saved={firstParam(query.saved)}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), "ProgramStatusChange", id)}
    >
      {!record.deletedAt && (
        <RecordForm
          action={saveStatusChange}
          fields={statusChangeFields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Save status change"
          reloadHref={`/admin/status-changes/${id}`}
        />
      )}
    </EditFrame>
  );
}
