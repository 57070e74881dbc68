import Link from "next/link";
import type { ProgramListItem } from "@/lib/data/admin/program-records";
import { ColumnHeadings } from "@/components/dashboard/scroll-table";

/** Every program, drafts and deleted ones included, each linking to its editing page. */
export function EditorProgramList({ programs }: { programs: ProgramListItem[] }) {
  if (programs.length === 0) return <p className="mt-2">No programs yet: start with a new announcement.</p>;
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Every program, drafts and deleted ones included</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-700">
          <ColumnHeadings headings={["Program", "Country", "State", "Announcements"]} className="py-2 pr-4 last:pr-0" />
        </tr>
      </thead>
      <tbody>
        {programs.map((program) => (
          <tr key={program.id} className="border-b border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-2 pr-4 font-normal">
              <Link href={`/admin/programs/${program.id}`} className="underline">
                {program.name}
              </Link>
            </th>
            <td className="py-2 pr-4">{program.country}</td>
            <td className="py-2 pr-4">{program.deletedAt ? "deleted" : program.publicationState}</td>
            <td className="py-2">{program.announcements}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
