import { notFound } from "next/navigation";
import { EditFrame, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { addStatusChangeFromForm } from "@/lib/actions/edit-records";
import { choiceKeysOf } from "@/lib/admin/field-spec";
import { statusChangeFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadChoices } from "@/lib/data/admin/choices";
import { loadFormRecord } from "@/lib/data/admin/record-forms";
import { prisma } from "@/lib/db";

export const metadata = { title: "Add a status change" };

export default async function NewStatusChangePage({ params }: Pick<PageParams, "params">) {
  await requirePageActor();
  const { id } = await params;
  const program = await loadFormRecord(prisma(), "Program", id, ["status"]);
  if (!program || program.deletedAt) notFound();
  const choices = await loadChoices(prisma(), choiceKeysOf(statusChangeFields), id);
  // The change starts from the program's status as it stands.
  const values = { fromStatus: program.values.status ?? "", status: "", effectivePrecision: "day" };
  return (
    <EditFrame title="Add a status change" back={{ href: `/admin/programs/${id}`, label: "The program" }}>
      <RecordForm
        action={addStatusChangeFromForm}
        fields={statusChangeFields}
        values={values}
        choices={choices}
        hidden={{ programId: id }}
        submitLabel="Add the status change"
        reloadHref={`/admin/programs/${id}/status-changes/new`}
      />
    </EditFrame>
  );
}
