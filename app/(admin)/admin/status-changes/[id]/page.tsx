import { recordEditRoute } from "@/components/admin/edit/record-edit-page";
import { statusChangeFields } from "@/lib/admin/record-form-fields";

export const metadata = { title: "Edit status change" };

export default recordEditRoute({
  entity: "ProgramStatusChange",
  base: "/admin/status-changes",
  fields: statusChangeFields,
  noun: "status change",
  title: () => "Status change",
  back: "program",
});
