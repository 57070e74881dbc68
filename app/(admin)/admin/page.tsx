import Link from "next/link";
import type { ReactNode } from "react";
import { DraftList } from "@/components/admin/draft-list";
import { EditorProgramList } from "@/components/admin/editor-program-list";
import { RecentChanges } from "@/components/admin/recent-changes";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listDraftAnnouncements } from "@/lib/data/admin/draft-announcements";
import { listProgramsForEditors } from "@/lib/data/admin/program-records";
import { listActivity } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Editors’ desk" };

export default async function AdminHome() {
  const actor = await requirePageActor();
  const db = prisma();
  const [drafts, programs, activity] = await Promise.all([
    listDraftAnnouncements(db),
    listProgramsForEditors(db),
    listActivity(db, { page: 1, pageSize: 10, includeAccounts: actor.role === "admin" }),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">Editors’ desk</h1>
      <p className="mt-4">
        <Link href="/admin/announcements/new" className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white">
          New announcement
        </Link>
      </p>
      <DeskSection id="drafts" title="Drafts">
        <DraftList drafts={drafts} />
      </DeskSection>
      <DeskSection id="programs" title="Programs">
        <EditorProgramList programs={programs} />
      </DeskSection>
      <DeskSection id="changes" title="Recent changes">
        <RecentChanges events={activity.events} />
      </DeskSection>
    </>
  );
}

function DeskSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
