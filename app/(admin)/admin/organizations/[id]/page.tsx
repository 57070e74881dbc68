import { recordEditRoute } from "@/components/admin/edit/record-edit-page";

export const metadata = { title: "Edit organisation" };

export default recordEditRoute({
  entity: "Organization",
  noun: "organisation",
  title: (record) => `Organisation: ${record.values.name}`,
  back: { href: "/admin/organizations", label: "All organisations" },
});
