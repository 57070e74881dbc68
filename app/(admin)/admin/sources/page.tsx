import Link from "next/link";
import { LifecycleButtons } from "@/components/admin/edit/lifecycle-buttons";
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
      <ul className="mt-4">
        {sources.map((s) => (
          <li key={s.id} className="border-t border-slate-300 py-2">
            <Link className="underline" href={`/admin/sources/${s.id}`}>
              {s.publisher}: {s.title}
            </Link>
            <span className="ml-2 text-sm">
              {s.publishedOn ? toIsoDay(s.publishedOn) : "undated"} · cited {s.citations} times{s.deletedAt && " · deleted"}
            </span>
            <div className="mt-1 text-sm">
              <LifecycleButtons
                entityType="Source"
                record={s}
                recordLabel={s.title}
                returnTo="/admin/sources"
                isAdmin={actor.role === "admin"}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
