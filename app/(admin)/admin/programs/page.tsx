import { EditorProgramList } from "@/components/admin/editor-program-list";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listProgramsForEditors } from "@/lib/data/admin/program-records";
import { prisma } from "@/lib/db";

export const metadata = { title: "Programs" };

export default async function AdminProgramsPage() {
  await requirePageActor();
  const programs = await listProgramsForEditors(prisma());
  return (
    <>
      <h1 className="text-2xl font-semibold">Programs</h1>
      <p className="mt-1 text-sm">Open a program to edit it and its claims, milestones and partners.</p>
      <EditorProgramList programs={programs} />
    </>
  );
}
