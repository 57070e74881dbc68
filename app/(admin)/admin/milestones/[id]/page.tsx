import Link from "next/link";
import { notFound } from "next/navigation";
import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { RevisionList } from "@/components/admin/edit/revision-list";
import { saveMilestone } from "@/lib/actions/edit-records";
import { milestoneFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage, loadRevisions } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit milestone" };

export default async function EditMilestonePage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await loadEditPage(prisma(), "Milestone", id, milestoneFields);
  if (!page?.record.programId) notFound();
  const { record, choices } = page;
  return (
    <EditFrame
      title={`Milestone: ${record.values.title}`}
      back={{ href: `/admin/programs/${record.programId}`, label: "The program" }}
      saved={firstParam(query.saved)}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), "Milestone", id)}
    >
      <section aria-labelledby="due-heading" className="mb-6">
        <h2 id="due-heading" className="text-xl font-semibold">
          Due date
        </h2>
        <RevisionList revisions={await loadRevisions(prisma(), id)} />
        {!record.deletedAt && (
          <p className="mt-2">
            <Link className="underline" href={`/admin/milestones/${id}/move`}>
              Move the due date
            </Link>
          </p>
        )}
      </section>
      {!record.deletedAt && (
        <RecordForm
          action={saveMilestone}
          fields={milestoneFields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Save milestone"
          reloadHref={`/admin/milestones/${id}`}
        />
      )}
    </EditFrame>
  );
}
