import type { ChangeDto } from "@/lib/data/audit";
import { DataTable } from "@/components/ui/data-table";

// "amountLow" → "amount low": field names as words, without a lookup table to keep in sync.
function fieldName(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

const empty = <span className="text-slate-500 dark:text-slate-400">—</span>;

/** The fields one change touched, before → after. Values are plain text (React escapes them). */
export function ChangeTable({ changes }: { changes: ChangeDto[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No field changes recorded.</p>;
  return (
    <div className="overflow-x-auto">
      <DataTable
        classNames={{
          table: "w-full text-left text-sm",
          headRow: "border-b border-slate-200 dark:border-slate-800",
          heading: "py-1 pr-3 font-medium last:pr-0",
          row: "align-top",
        }}
        rows={changes}
        rowKey={(change) => change.field}
        columns={[
          {
            heading: "Field",
            cell: (change) => fieldName(change.field),
            className: "py-1 pr-3 font-normal text-slate-700 dark:text-slate-300",
          },
          { heading: "Before", cell: (change) => change.before ?? empty, className: "max-w-xs break-words py-1 pr-3" },
          { heading: "After", cell: (change) => change.after ?? empty, className: "max-w-xs break-words py-1" },
        ]}
      />
    </div>
  );
}
