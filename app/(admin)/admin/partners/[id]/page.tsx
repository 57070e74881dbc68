import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { participationFields } from "@/lib/admin/record-form-fields";

export const metadata = { title: "Edit partner" };

export default recordEditRoute({
  entity: "Participation",
  base: "/admin/partners",
  fields: participationFields,
  noun: "partner",
  title: () => "Partner in the program",
  back: "program",
});
