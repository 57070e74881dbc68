import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { saveRecord } from "@/lib/actions/edit-records";
import { editForms, type EditableEntity } from "@/lib/admin/edit-forms";
import { loadEditPage } from "@/lib/data/admin/edit-page";
import type { FormRecord } from "@/lib/data/admin/record-forms";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { EditFrame, firstParam, type PageParams } from "./edit-frame";
import { RecordForm } from "./record-form";

type Props = {
  entity: EditableEntity;
  id: string;
  saved: string | undefined;
  noun: string;
  title: (record: FormRecord) => string;
  /** Where "back" goes; a record of a program (`inProgram`) goes back to its program, and is 404 without one. */
  back: { href: string; label: string } | "program";
  /** What the page shows above the form (e.g. a milestone's due-date history). */
  children?: (record: FormRecord) => ReactNode;
  /** What the page shows below the form (e.g. a program's claims, milestones and partners). */
  after?: ReactNode;
};

/** The edit page of one record: its frame and history, and its kind's form (saved as that kind) unless it is deleted. */
export async function RecordEditPage({ entity, id, saved, noun, title, back, children, after }: Props) {
  const { fields, base } = editForms[entity];
  const page = await loadEditPage(prisma(), entity, id, fields);
  if (!page || (back === "program" && !page.record.programId)) notFound();
  const { record, choices } = page;
  return (
    <EditFrame
      title={title(record)}
      back={back === "program" ? { href: `/admin/programs/${record.programId}`, label: "The program" } : back}
      saved={saved}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), entity, id)}
    >
      {children?.(record)}
      {!record.deletedAt && (
        <RecordForm
          action={saveRecord.bind(null, entity)}
          fields={fields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version) }}
          submitLabel={`Save ${noun}`}
          reloadHref={`${base}/${id}`}
        />
      )}
      {after}
    </EditFrame>
  );
}

/** The default export of an `[id]/page.tsx` that edits one record: an editor's session, then RecordEditPage. */
export function recordEditRoute(page: Omit<Props, "id" | "saved">) {
  return async function EditRecordRoute({ params, searchParams }: PageParams) {
    await requirePageActor();
    const [{ id }, query] = await Promise.all([params, searchParams]);
    return <RecordEditPage {...page} id={id} saved={firstParam(query.saved)} />;
  };
}
