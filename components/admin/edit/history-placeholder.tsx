// PLACEHOLDER: the coordinator replaces this with components/admin/record-history.tsx (the auth
// helper's) at merge: one record's change history (who, when, what changed, before and after).
export function HistoryPlaceholder({ entityType, entityId }: { entityType: string; entityId: string }) {
  return (
    <section aria-label="History" data-entity-type={entityType} data-entity-id={entityId} className="mt-10">
      <h2 className="text-xl font-semibold">History</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">The change history of this record appears here.</p>
    </section>
  );
}
