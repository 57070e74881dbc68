import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordEditPage } from "@/components/admin/edit/record-edit-page";
import { saveParticipation } from "@/lib/actions/edit-records";
import { participationFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";

export const metadata = { title: "Edit partner" };

export default async function EditPartnerPage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <RecordEditPage
      entity="Participation"
      id={id}
      saved={firstParam(query.saved)}
      fields={participationFields}
      action={saveParticipation}
      path={`/admin/partners/${id}`}
      noun="partner"
      title={() => "Partner in the program"}
      back="program"
    />
  );
}
