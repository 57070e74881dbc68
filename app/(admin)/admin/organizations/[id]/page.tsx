import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { organizationFields } from "@/lib/admin/record-form-fields";

export const metadata = { title: "Edit organisation" };

export default recordEditRoute({
  entity: "Organization",
  base: "/admin/organizations",
  fields: organizationFields,
  noun: "organisation",
  title: (record) => `Organisation: ${record.values.name}`,
  back: { href: "/admin/organizations", label: "All organisations" },
});
