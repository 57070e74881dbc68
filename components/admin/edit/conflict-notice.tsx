// A save refused because someone saved the record first: what the editor typed beside what is
// stored now, field by field. The editor reloads the stored version, or chooses, knowingly, to
// save their values over it. Nothing is ever overwritten silently.
import type { FieldSpec } from "@/lib/admin/field-spec";
import type { EditFormValues, StoredVersion } from "@/lib/admin/form-state";
import { DataTable } from "@/components/ui/data-table";

type Props = {
  fields: readonly FieldSpec[];
  typed: EditFormValues;
  current: StoredVersion;
  reloadHref: string;
  adopted: boolean;
  onAdopt: () => void;
};

export function ConflictNotice({ fields, typed, current, reloadHref, adopted, onAdopt }: Props) {
  const differing = fields.filter((field) => (typed[field.name] ?? "") !== (current.values[field.name] ?? ""));
  return (
    <section aria-labelledby="conflict-heading" className="mb-4 rounded border-2 border-amber-600 p-4" data-testid="conflict">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        Someone else saved this record after you opened it
      </h2>
      {differing.length === 0 ? (
        <p className="mt-1">Their version has the same values as yours.</p>
      ) : (
        <DataTable
          classNames={{ table: "mt-2 w-full text-left text-sm", row: "border-t border-slate-300 align-top" }}
          caption="Your values compared with the saved version"
          rows={differing}
          rowKey={(field) => field.name}
          columns={[
            { heading: "Field", cell: (field) => field.label, className: "pr-2 font-medium" },
            { heading: "You typed", cell: (field) => typed[field.name] || "—", className: "whitespace-pre-wrap pr-2" },
            {
              heading: `Saved now (version ${current.version})`,
              cell: (field) => current.values[field.name] || "—",
              className: "whitespace-pre-wrap",
            },
          ]}
        />
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <a href={reloadHref} className="rounded border border-slate-500 px-3 py-1.5">
          Reload the saved version
        </a>
        {!adopted && (
          <button type="button" onClick={onAdopt} className="rounded border border-slate-500 px-3 py-1.5">
            Keep my values and review them against the saved version
          </button>
        )}
      </div>
      {adopted && <p className="mt-2">Your values stay in the form. Saving now replaces version {current.version}.</p>}
    </section>
  );
}
