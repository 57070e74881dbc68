import { notFound } from "next/navigation";
import { LifecycleButtons } from "@/components/admin/edit/lifecycle-buttons";
import { ProgramRecordLists } from "@/components/admin/edit/program-record-lists";
import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordEditPage } from "@/components/admin/edit/record-edit-page";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadProgramRecords } from "@/lib/data/admin/program-records";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit program" };

export default async function EditProgramPage({ params, searchParams }: PageParams) {
  const actor = await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const records = await loadProgramRecords(prisma(), id);
  if (!records) notFound();
  const href = `/admin/programs/${id}`;
  return (
    <RecordEditPage
      entity="Program"
      id={id}
      saved={firstParam(query.saved)}
      noun="program"
      title={() => `Program: ${records.program.name}`}
      back={{ href: "/admin/programs", label: "All programs" }}
      after={<ProgramRecordLists records={records} returnTo={href} isAdmin={actor.role === "admin"} />}
    >
      {() => (
        <>
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
        </>
      )}
    </RecordEditPage>
  );
}
