import { RecordList } from "@/components/admin/edit/record-list";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listSourcesForEditors } from "@/lib/data/admin/record-lists";
import { prisma } from "@/lib/db";
import { toIsoDay } from "@/lib/core/dates";

export const metadata = { title: "Sources" };

export default async function AdminSourcesPage() {
  const actor = await requirePageActor();
  const sources = await listSourcesForEditors(prisma());
  return (
    <div>
      <h1 className="text-2xl font-semibold">Sources</h1>
      <RecordList
        returnTo="/admin/sources"
        isAdmin={actor.role === "admin"}
        records={sources.map((s) => ({
          entityType: "Source",
          record: s,
          recordLabel: s.title,
          name: `${s.publisher}: ${s.title}`,
          href: `/admin/sources/${s.id}`,
          note: (
            <>
              {s.publishedOn ? toIsoDay(s.publishedOn) : "undated"} · cited {s.citations} times{s.deletedAt && " · deleted"}
            </>
          ),
        }))}
      />
    </div>
  );
}
