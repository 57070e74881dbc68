// Delete for a live record; restore (and, for admins, delete for good) for a deleted one.
import { deleteRecord, deleteRecordForGood, restoreRecord } from "@/lib/actions/record-lifecycle";
import type { DeletableEntity } from "@/lib/schemas/record-ref";
import { RecordButton } from "./record-button";

type Props = {
  entityType: DeletableEntity;
  record: { id: string; version: number; deletedAt: Date | null };
  recordLabel: string;
  returnTo: string;
  isAdmin: boolean;
  afterHardDelete?: string;
};

export function LifecycleButtons({ entityType, record, recordLabel, returnTo, isAdmin, afterHardDelete }: Props) {
  const shared = { entityType, id: record.id, version: record.version, recordLabel, returnTo };
  if (!record.deletedAt) return <RecordButton {...shared} action={deleteRecord} label="Delete" />;
  return (
    <>
      <RecordButton {...shared} action={restoreRecord} label="Restore" />
      {isAdmin && (
        <RecordButton {...shared} action={deleteRecordForGood} label="Delete for good" afterHardDelete={afterHardDelete ?? returnTo} />
      )}
    </>
  );
}
