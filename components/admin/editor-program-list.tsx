import Link from "next/link";
import type { ProgramListItem } from "@/lib/data/admin/program-records";
import { DataTable } from "@/components/ui/data-table";

/** Every program, drafts and deleted ones included, each linking to its editing page. */
export function EditorProgramList({ programs }: { programs: ProgramListItem[] }) {
  if (programs.length === 0) return <p className="mt-2">No programs yet: start with a new announcement.</p>;
  return (
    <DataTable
      classNames={{
        table: "mt-2 w-full text-left text-sm",
        headRow: "border-b border-slate-300 dark:border-slate-700",
        heading: "py-2 pr-4 last:pr-0",
        row: "border-b border-slate-200 dark:border-slate-800",
      }}
      caption="Every program, drafts and deleted ones included"
      rows={programs}
      rowKey={(program) => program.id}
      columns={[
        {
          heading: "Program",
          cell: (program) => (
            <Link href={`/admin/programs/${program.id}`} className="underline">
              {program.name}
            </Link>
          ),
          className: "py-2 pr-4 font-normal",
        },
        { heading: "Country", cell: (program) => program.country, className: "py-2 pr-4" },
        { heading: "State", cell: (program) => (program.deletedAt ? "deleted" : program.publicationState), className: "py-2 pr-4" },
        { heading: "Announcements", cell: (program) => program.announcements, className: "py-2" },
      ]}
    />
  );
}
