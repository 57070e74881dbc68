import { RecordList } from "@/components/admin/edit/record-list";
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
        <RecordList
          returnTo="/admin/deleted"
          isAdmin={actor.role === "admin"}
          records={records.map((r) => ({
            entityType: r.entityType,
            record: r,
            recordLabel: r.label,
            name: r.label,
            href: r.href,
            note: `deleted ${toIsoDay(r.deletedAt)}`,
            kind: r.kind,
          }))}
        />
      )}
    </div>
  );
}
