import { notFound } from "next/navigation";
import { LifecycleButtons } from "@/components/admin/edit/lifecycle-buttons";
import { ProgramRecordLists } from "@/components/admin/edit/program-record-lists";
import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { saveProgram } from "@/lib/actions/edit-records";
import { programFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage } from "@/lib/data/admin/edit-page";
import { loadProgramRecords } from "@/lib/data/admin/program-records";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit program" };

export default async function EditProgramPage({ params, searchParams }: PageParams) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [page, records] = await Promise.all([loadEditPage(prisma(), "Program", id, programFields), loadProgramRecords(prisma(), id)]);
  if (!page || !records) notFound();
  const { record, choices } = page;
  const href = `/admin/programs/${id}`;
  return (
    <EditFrame
      title={`Program: ${records.program.name}`}
      back={{ href: "/admin/programs", label: "All programs" }}
      saved={firstParam((await searchParams).saved)}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), "Program", id)}
    >
      <p className="text-sm">
        Public page: <code>/programs/{records.program.slug}</code> ({records.program.publicationState})
      </p>
      <div className="mt-2 mb-4 text-sm">
        <LifecycleButtons
          entityType="Program"
          record={records.program}
          recordLabel={records.program.name}
          returnTo={href}
          isAdmin={actor.role === "admin"}
          afterHardDelete="/admin/programs"
        />
      </div>
      {!record.deletedAt && (
        <RecordForm
          action={saveProgram}
          fields={programFields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Save program"
          reloadHref={href}
        />
      )}
      <ProgramRecordLists records={records} returnTo={href} isAdmin={actor.role === "admin"} />
    </EditFrame>
  );
}
