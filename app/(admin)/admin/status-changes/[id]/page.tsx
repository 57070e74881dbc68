import { recordEditRoute } from "@/components/admin/edit/record-edit-page";

export const metadata = { title: "Edit status change" };

export default recordEditRoute({
  entity: "ProgramStatusChange",
  noun: "status change",
  title: () => "Status change",
  back: "program",
});
