import type { OperationView, ParameterView } from "@/lib/api/openapi/describe";
import { DataTable } from "@/components/ui/data-table";

type Props = { operation: OperationView; curl: string | null };

const formatNames: Record<string, string> = {
  "application/json": "JSON",
  "text/csv": "CSV (format=csv)",
  "image/png": "PNG (format=png)",
  "image/svg+xml": "SVG (format=svg)",
};

function nameCell(p: ParameterView) {
  return (
    <>
      <code>{p.name}</code>
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {p.in === "path" ? "in the path" : "query"}
        {p.required ? ", required" : ""}
      </span>
    </>
  );
}

function valuesCell(p: ParameterView) {
  return (
    <>
      <code className="break-words">{p.values}</code>
      {p.defaultValue !== null && <span className="block text-xs text-slate-600 dark:text-slate-400">default {p.defaultValue}</span>}
    </>
  );
}

/** One endpoint: what it returns, its parameters, formats, statuses and a curl example. */
export function OperationSection({ operation, curl }: Props) {
  const headingId = `op-${operation.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-8 border-t border-slate-200 pt-6 dark:border-slate-800">
      <h3 id={headingId} className="text-lg font-semibold">
        <code className="break-all">GET {operation.path}</code>
      </h3>
      <p className="mt-1">{operation.summary}.</p>
      {operation.description && <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">{operation.description}</p>}
      {operation.parameters.length > 0 && (
        <div className="mt-4 overflow-x-auto" role="region" aria-label={`Parameters of ${operation.path}`} tabIndex={0}>
          <DataTable
            classNames={{
              table: "min-w-full text-left text-sm",
              headRow: "border-b border-slate-300 dark:border-slate-700",
              heading: "py-1 pr-4 last:pr-0",
              row: "border-b border-slate-100 align-top dark:border-slate-800",
            }}
            caption={`Parameters of GET ${operation.path}`}
            rows={operation.parameters}
            rowKey={(p) => `${p.in}-${p.name}`}
            columns={[
              { heading: "Parameter", cell: nameCell, className: "py-1 pr-4 font-normal" },
              { heading: "Values", cell: valuesCell, className: "py-1 pr-4" },
              { heading: "Meaning", cell: (p) => p.description, className: "py-1" },
            ]}
          />
        </div>
      )}
      <p className="mt-3 text-sm">
        <span className="font-semibold">Formats:</span> {operation.formats.map((f) => formatNames[f] ?? f).join(", ")}.
      </p>
      <p className="mt-1 text-sm">
        <span className="font-semibold">Statuses:</span>{" "}
        {operation.responses.map((r, i) => (
          <span key={r.status}>
            {i > 0 && "; "}
            <code>{r.status}</code> {r.description.replace(/\.$/, "")}
          </span>
        ))}
        .
      </p>
      {curl && (
        <>
          <p className="mt-3 text-sm font-semibold">Example</p>
          <pre
            className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-sm dark:bg-slate-900"
            tabIndex={0}
            aria-label={`Example request to ${operation.path}`}
          >
            <code>{curl}</code>
          </pre>
        </>
      )}
    </section>
  );
}
