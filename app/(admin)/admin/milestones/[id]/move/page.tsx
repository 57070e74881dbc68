import { notFound } from "next/navigation";
import { EditFrame, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { RevisionList } from "@/components/admin/edit/revision-list";
import { moveMilestone } from "@/lib/actions/corrections";
import { rescheduleFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage, loadRevisions } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Move a milestone" };

export default async function MoveMilestonePage({ params }: Pick<PageParams, "params">) {
  await requirePageActor();
  const { id } = await params;
  const page = await loadEditPage(prisma(), "Milestone", id, rescheduleFields);
  if (!page) notFound();
  const { record, choices } = page;
  // The new date starts empty: the form records what the new source says, with its reason.
  const values = { ...record.values, dueOn: "", dueText: "", reason: "", sourceId: "", announcementId: "" };
  return (
    <EditFrame
      title="Move the due date"
      back={{ href: `/admin/milestones/${id}`, label: "The milestone" }}
      history={await historyOf(prisma(), "Milestone", id)}
    >
      <RevisionList revisions={await loadRevisions(prisma(), id)} />
      {record.deletedAt ? (
        <p className="mt-4">This milestone is deleted: restore it before moving it.</p>
      ) : (
        <RecordForm
          action={moveMilestone}
          fields={rescheduleFields}
          values={values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Move the due date"
          reloadHref={`/admin/milestones/${id}/move`}
          inlineSource
        />
      )}
    </EditFrame>
  );
}
