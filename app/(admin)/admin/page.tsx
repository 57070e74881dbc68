import Link from "next/link";
import { connection } from "next/server";
import { DraftList } from "@/components/admin/draft-list";
import { EditorProgramList } from "@/components/admin/editor-program-list";
import { RecentChanges } from "@/components/admin/recent-changes";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listDraftAnnouncements, listProgramsForEditors, listRecentChanges } from "@/lib/data/editor-home";
import { prisma } from "@/lib/db";

export const metadata = { title: "Editors", robots: { index: false } };

export default async function AdminHome() {
  await connection();
  await requirePageActor();
  const db = prisma();
  const [drafts, programs, changes] = await Promise.all([listDraftAnnouncements(db), listProgramsForEditors(db), listRecentChanges(db)]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Editors’ desk</h1>
      <p className="mt-4">
        <Link href="/admin/announcements/new" className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white">New announcement</Link>
      </p>
      <section aria-labelledby="drafts-heading" className="mt-10">
        <h2 id="drafts-heading" className="text-xl font-semibold">Drafts</h2>
        <DraftList drafts={drafts} />
      </section>
      <section aria-labelledby="programs-heading" className="mt-10">
        <h2 id="programs-heading" className="text-xl font-semibold">Programs</h2>
        <EditorProgramList programs={programs} />
      </section>
      <section aria-labelledby="changes-heading" className="mt-10">
        <h2 id="changes-heading" className="text-xl font-semibold">Recent changes</h2>
        <RecentChanges changes={changes} />
      </section>
    </div>
  );
}
