import { recordListRoute } from "@/components/admin/edit/record-list-page";
import { listOrganizationsForEditors } from "@/lib/data/admin/record-lists";

export const metadata = { title: "Organisations" };

export default recordListRoute({
  title: "Organisations",
  path: "/admin/organizations",
  load: listOrganizationsForEditors,
  item: (o) => ({
    entityType: "Organization",
    recordLabel: o.name,
    note: (
      <>
        {o.kind.replace(/_/g, " ")}
        {o.country && ` · ${o.country}`} · {o.participations} partnerships{o.deletedAt && " · deleted"}
      </>
    ),
  }),
});
