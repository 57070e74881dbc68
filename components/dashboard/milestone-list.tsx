import { withAsOf } from "@/lib/dashboard/as-of";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { OverdueFlag, StatusBadge } from "./milestone-status";
import { SourceCitation } from "./source-citation";
import { StaticMarkup } from "./static-markup";
import type { MilestoneDto } from "@/lib/schemas/api/common";

/** A short list of milestones for the overview: due date, program, status, source. Static markup, plain links. */
export function MilestoneList({
  milestones,
  knownBy,
  label,
  empty,
}: {
  milestones: MilestoneDto[];
  knownBy: KnownBy;
  label: string;
  empty: string;
}) {
  if (milestones.length === 0) return <p className="mt-3">{empty}</p>;
  return (
    <StaticMarkup>
      <ul className="mt-3 grid gap-3" aria-label={label}>
        {milestones.map((m) => (
          <li key={m.id} data-milestone={m.id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
            <p className="text-sm">
              <strong>Due {m.due?.label ?? "date unknown"}</strong>
              {m.relative && ` (${m.relative.days} days after ${m.relative.anchorLabel ?? "its anchor"})`} ·{" "}
              <a href={withAsOf(`/programs/${m.program.slug}#milestone-${m.id}`, knownBy)} className="underline">
                {m.program.name}
              </a>
            </p>
            <p>{m.title}</p>
            <p className="text-sm">
              <StatusBadge status={m.status} />
              {m.overdue && m.daysUntilDue !== null && <OverdueFlag days={-m.daysUntilDue} checkedOn={m.statusCheckedOn} />}
              {m.slippage && m.original && (
                <span>
                  {" "}
                  · first due {m.original.label}, {m.slippage.text}
                  {m.movedBy && (
                    <>
                      {" "}
                      (moved: <SourceCitation source={m.movedBy} />)
                    </>
                  )}
                </span>
              )}{" "}
              · <SourceCitation source={m.source} />
            </p>
          </li>
        ))}
      </ul>
    </StaticMarkup>
  );
}
