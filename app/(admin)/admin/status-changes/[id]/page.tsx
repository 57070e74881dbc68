import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { saveStatusChange } from "@/lib/actions/edit-records";
import { statusChangeFields } from "@/lib/admin/record-form-fields";

export const metadata = { title: "Edit status change" };

export default recordEditRoute({
  entity: "ProgramStatusChange",
  base: "/admin/status-changes",
  fields: statusChangeFields,
  action: saveStatusChange,
  noun: "status change",
  title: () => "Status change",
  back: "program",
});
