import Link from "next/link";
import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { RevisionList } from "@/components/admin/edit/revision-list";
import { loadRevisions } from "@/lib/data/admin/edit-page";
import type { FormRecord } from "@/lib/data/admin/record-forms";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit milestone" };

// Drawn once RecordEditPage has found the milestone, so its id is a milestone's.
async function DueDate({ record }: { record: FormRecord }) {
  const revisions = await loadRevisions(prisma(), record.id);
  return (
    <section aria-labelledby="due-heading" className="mb-6">
      <h2 id="due-heading" className="text-xl font-semibold">
        Due date
      </h2>
      <RevisionList revisions={revisions} />
      {!record.deletedAt && (
        <p className="mt-2">
          <Link className="underline" href={`/admin/milestones/${record.id}/move`}>
            Move the due date
          </Link>
        </p>
      )}
    </section>
  );
}

export default recordEditRoute({
  entity: "Milestone",
  noun: "milestone",
  title: (record) => `Milestone: ${record.values.title}`,
  back: "program",
  children: (record) => <DueDate record={record} />,
});
