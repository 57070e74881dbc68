import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { sourceFields } from "@/lib/admin/record-form-fields";

export const metadata = { title: "Edit source" };

export default recordEditRoute({
  entity: "Source",
  base: "/admin/sources",
  fields: sourceFields,
  noun: "source",
  title: (record) => `Source: ${record.values.title}`,
  back: { href: "/admin/sources", label: "All sources" },
});
