import { recordEditRoute } from "@/components/admin/edit/record-edit-page";

export const metadata = { title: "Edit source" };

export default recordEditRoute({
  entity: "Source",
  noun: "source",
  title: (record) => `Source: ${record.values.title}`,
  back: { href: "/admin/sources", label: "All sources" },
});
