import { notFound } from "next/navigation";
import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { saveParticipation } from "@/lib/actions/edit-records";
import { participationFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit partner" };

export default async function EditPartnerPage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await loadEditPage(prisma(), "Participation", id, participationFields);
  if (!page?.record.programId) notFound();
  const { record, choices } = page;
  return (
    <EditFrame
      title="Partner in the program"
      back={{ href: `/admin/programs/${record.programId}`, label: "The program" }}
      saved={firstParam(query.saved)}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), "Participation", id)}
    >
      {!record.deletedAt && (
        <RecordForm
          action={saveParticipation}
          fields={participationFields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Save partner"
          reloadHref={`/admin/partners/${id}`}
        />
      )}
    </EditFrame>
  );
}
