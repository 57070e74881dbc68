import Link from "next/link";
import { LifecycleButtons } from "@/components/admin/edit/lifecycle-buttons";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listDeletedRecords } from "@/lib/data/admin/deleted-records";
import { prisma } from "@/lib/db";
import { toIsoDay } from "@/lib/core/dates";

export const metadata = { title: "Deleted items" };

export default async function DeletedItemsPage() {
  const actor = await requirePageActor();
  const records = await listDeletedRecords(prisma());
  return (
    <div>
      <h1 className="text-2xl font-semibold">Deleted items</h1>
      <p className="mt-1">
        Readers do not see these. Restore any of them{actor.role === "admin" && ", or delete it for good once nothing refers to it"}.
      </p>
      {records.length === 0 ? (
        <p className="mt-4">Nothing is deleted.</p>
      ) : (
        <ul className="mt-4">
          {records.map((r) => (
            <li key={`${r.entityType}:${r.id}`} className="border-t border-slate-300 py-2">
              <span className="text-sm">{r.kind}</span>{" "}
              {r.href ? (
                <Link className="underline" href={r.href}>
                  {r.label}
                </Link>
              ) : (
                r.label
              )}
              <span className="ml-2 text-sm">deleted {toIsoDay(r.deletedAt)}</span>
              <div className="mt-1 text-sm">
                <LifecycleButtons
                  entityType={r.entityType}
                  record={r}
                  recordLabel={r.label}
                  returnTo="/admin/deleted"
                  isAdmin={actor.role === "admin"}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
