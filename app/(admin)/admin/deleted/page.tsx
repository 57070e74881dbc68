import { recordListRoute } from "@/components/admin/edit/record-list-page";
import { listDeletedRecords } from "@/lib/data/admin/deleted-records";
import { toIsoDay } from "@/lib/core/dates";

export const metadata = { title: "Deleted items" };

export default recordListRoute({
  title: "Deleted items",
  path: "/admin/deleted",
  load: listDeletedRecords,
  intro: (isAdmin) => <>Readers do not see these. Restore any of them{isAdmin && ", or delete it for good once nothing refers to it"}.</>,
  empty: "Nothing is deleted.",
  item: (r) => ({ entityType: r.entityType, recordLabel: r.label, note: `deleted ${toIsoDay(r.deletedAt)}`, kind: r.kind }),
});
