import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { saveParticipation } from "@/lib/actions/edit-records";
import { participationFields } from "@/lib/admin/record-form-fields";

export const metadata = { title: "Edit partner" };

export default recordEditRoute({
  entity: "Participation",
  base: "/admin/partners",
  fields: participationFields,
  action: saveParticipation,
  noun: "partner",
  title: () => "Partner in the program",
  back: "program",
});
