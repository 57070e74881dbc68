// An editors' list of records (organisations, sources, deleted items): each one's name, linked to
// its edit page when its kind has one, a note, and delete or restore.
import Link from "next/link";
import type { ReactNode } from "react";
import { editPathOf } from "@/lib/admin/edit-forms";
import type { DeletableEntity } from "@/lib/schemas/record-ref";
import { LifecycleButtons } from "./lifecycle-buttons";

export type ListedRecord = {
  entityType: DeletableEntity;
  record: { id: string; version: number; deletedAt: Date | null };
  /** How the delete and restore buttons name the record. */
  recordLabel: string;
  /** What the list shows as its name: the label unless given. */
  name?: ReactNode;
  note: ReactNode;
  /** The kind of record, before its name, where the list mixes kinds. */
  kind?: string;
};

export function RecordList({ records, returnTo, isAdmin }: { records: ListedRecord[]; returnTo: string; isAdmin: boolean }) {
  return (
    <ul className="mt-4">
      {records.map(({ entityType, record, recordLabel, name = recordLabel, note, kind }) => {
        const href = editPathOf(entityType, record.id);
        return (
          <li key={`${entityType}:${record.id}`} className="border-t border-slate-300 py-2">
            {kind && <span className="text-sm">{kind}</span>}
            {kind && " "}
            {href ? (
              <Link className="underline" href={href}>
                {name}
              </Link>
            ) : (
              name
            )}
            <span className="ml-2 text-sm">{note}</span>
            <div className="mt-1 text-sm">
              <LifecycleButtons entityType={entityType} record={record} recordLabel={recordLabel} returnTo={returnTo} isAdmin={isAdmin} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
