import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordEditPage } from "@/components/admin/edit/record-edit-page";
import { saveSource } from "@/lib/actions/edit-records";
import { sourceFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";

export const metadata = { title: "Edit source" };

export default async function EditSourcePage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return (
    <RecordEditPage
      entity="Source"
      id={id}
      saved={firstParam(query.saved)}
      fields={sourceFields}
      action={saveSource}
      path={`/admin/sources/${id}`}
      noun="source"
      title={(record) => `Source: ${record.values.title}`}
      back={{ href: "/admin/sources", label: "All sources" }}
    />
  );
}
