import { recordListRoute } from "@/components/admin/edit/record-list-page";
import { listSourcesForEditors } from "@/lib/data/admin/record-lists";
import { toIsoDay } from "@/lib/core/dates";

export const metadata = { title: "Sources" };

export default recordListRoute({
  title: "Sources",
  path: "/admin/sources",
  load: listSourcesForEditors,
  item: (s) => ({
    entityType: "Source",
    recordLabel: s.title,
    name: `${s.publisher}: ${s.title}`,
    note: (
      <>
        {s.publishedOn ? toIsoDay(s.publishedOn) : "undated"} · cited {s.citations} times{s.deletedAt && " · deleted"}
      </>
    ),
  }),
});
