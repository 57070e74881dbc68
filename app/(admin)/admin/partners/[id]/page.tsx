import { recordEditRoute } from "@/components/admin/edit/record-edit-page";

export const metadata = { title: "Edit partner" };

export default recordEditRoute({
  entity: "Participation",
  noun: "partner",
  title: () => "Partner in the program",
  back: "program",
});
