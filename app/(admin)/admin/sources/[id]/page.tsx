import { notFound } from "next/navigation";
import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { saveSource } from "@/lib/actions/edit-records";
import { sourceFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadEditPage } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata = { title: "Edit source" };

export default async function EditSourcePage({ params, searchParams }: PageParams) {
  await requirePageActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await loadEditPage(prisma(), "Source", id, sourceFields);
  if (!page) notFound();
  const { record, choices } = page;
  return (
    <EditFrame
      title={`Source: ${record.values.title}`}
      back={{ href: "/admin/sources", label: "All sources" }}
      saved={firstParam(query.saved)}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), "Source", id)}
    >
      {!record.deletedAt && (
        <RecordForm
          action={saveSource}
          fields={sourceFields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel="Save source"
          reloadHref={`/admin/sources/${id}`}
        />
      )}
    </EditFrame>
  );
}
