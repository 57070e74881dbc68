import Link from "next/link";
import { notFound } from "next/navigation";
import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordEditPage } from "@/components/admin/edit/record-edit-page";
import { RevisionList } from "@/components/admin/edit/revision-list";
import { saveMilestone } from "@/lib/actions/edit-records";
import { milestoneFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadRevisions } from "@/lib/data/admin/edit-page";
import { isRecordId } from "@/lib/data/admin/record-forms";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit milestone" };

export default async function EditMilestonePage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The revisions are read before RecordEditPage checks the id, and the column is a uuid.
  if (!isRecordId(id)) notFound();
  const revisions = await loadRevisions(prisma(), id);
  return (
    <RecordEditPage
      entity="Milestone"
      id={id}
      saved={firstParam(query.saved)}
      fields={milestoneFields}
      action={saveMilestone}
      path={`/admin/milestones/${id}`}
      noun="milestone"
      title={(record) => `Milestone: ${record.values.title}`}
      back="program"
    >
      {(record) => (
        <section aria-labelledby="due-heading" className="mb-6">
          <h2 id="due-heading" className="text-xl font-semibold">
            Due date
          </h2>
          <RevisionList revisions={revisions} />
          {!record.deletedAt && (
            <p className="mt-2">
              <Link className="underline" href={`/admin/milestones/${id}/move`}>
                Move the due date
              </Link>
            </p>
          )}
        </section>
      )}
    </RecordEditPage>
  );
}
