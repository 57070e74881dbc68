import { closedWord } from "@/lib/data/milestone-dto";
import { markAnchor } from "@/lib/charts/timeline-layout";
import { withAsOf } from "@/lib/dashboard/as-of";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { OverdueFlag, StatusBadge } from "./milestone-status";
import { ColumnHeadings, ScrollTable } from "./scroll-table";
import { SourceCitation } from "./source-citation";
import { StaticMarkup } from "./static-markup";
import type { MilestoneDto } from "@/lib/schemas/api/common";

// numbers: the timeline's mark numbers, shown in the rows the marks link to. A mark links to its row's
// title cell and is named by it, and its tooltip shows the row (timeline-tooltip.tsx): the row holds
// the milestone's details, once for the page.
type Props = {
  milestones: MilestoneDto[];
  caption: string;
  knownBy: KnownBy;
  showProgram?: boolean;
  numbers?: ReadonlyMap<string, number>;
};

/**
 * Every milestone with its due date, the date it was first due, slippage, status and source. Nothing in
 * it is interactive, so the table is static markup (its program links are plain links).
 */
export function MilestoneTable(props: Props) {
  if (props.milestones.length === 0) return <p className="mt-4">No milestones match.</p>;
  return (
    <ScrollTable label={props.caption}>
      <StaticMarkup>
        <Table {...props} />
      </StaticMarkup>
    </ScrollTable>
  );
}

const muted = "text-slate-600 dark:text-slate-300";

function Table({ milestones, caption, knownBy, showProgram = false, numbers }: Props) {
  return (
    // `row-cells` (globals.css): the cells' look and the linked row's highlight, set once on the table instead of a class list on
    // each of its ~60 rows' cells, which was sent twice (the page and its payload) and styled cell by cell.
    <table className="row-cells w-full min-w-[44rem] border-collapse text-sm" data-testid="milestone-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <ColumnHeadings headings={["Milestone", showProgram && "Program", "Due", "First due · slippage", "Status", "Source"]} />
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => (
          // A program page's rows are link targets (`#milestone-<id>`); the timeline's marks link to the row
          // heading instead (`#mark-N`), so its rows go without the id: ~60 random ids, sent twice, are 3.5 KB of gzip.
          <tr key={m.id} id={numbers ? undefined : `milestone-${m.id}`}>
            <th scope="row" id={numbers?.has(m.id) ? markAnchor(numbers.get(m.id)!) : undefined}>
              {numbers?.has(m.id) && (
                <>
                  <span className="font-semibold tabular-nums" data-testid="row-number">
                    {numbers.get(m.id)}.
                  </span>{" "}
                </>
              )}
              {m.title}
              {m.confidence !== "verified" && <span className={`ml-1 ${muted}`}>({m.confidence})</span>}
            </th>
            {showProgram && (
              <td>
                <a href={withAsOf(`/programs/${m.program.slug}`, knownBy)} className="underline">
                  {m.program.name}
                </a>
              </td>
            )}
            <td>
              <DueCell milestone={m} />
            </td>
            <td className={m.slippage && m.original ? undefined : muted}>
              {m.slippage && m.original ? (
                <span data-testid="slippage">
                  first due {m.original.label}; <strong>{m.slippage.text}</strong>
                  {m.movedBy && (
                    <>
                      {" "}
                      (moved: <SourceCitation source={m.movedBy} />)
                    </>
                  )}
                </span>
              ) : (
                "not rescheduled"
              )}
            </td>
            <td>
              <StatusBadge status={m.status} />
              {m.overdue && m.daysUntilDue !== null && <OverdueFlag days={-m.daysUntilDue} checkedOn={m.statusCheckedOn} />}
              {m.completedOn && (
                <div>
                  {closedWord(m.status)} {m.completedLabel ?? m.completedOn}
                  {m.completedLateByDays !== null && (
                    <strong className="text-red-800 dark:text-red-300"> · {m.completedLateByDays} days late</strong>
                  )}
                  {m.completionSource && (
                    <>
                      {" "}
                      (<SourceCitation source={m.completionSource} />)
                    </>
                  )}
                </div>
              )}
              {m.statusDetail && <div className={muted}>{m.statusDetail}</div>}
            </td>
            <td>
              <SourceCitation source={m.source} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DueCell({ milestone: m }: { milestone: MilestoneDto }) {
  if (!m.due) return <span>unknown: {m.dueUnknownReason}</span>;
  return (
    <>
      <time dateTime={m.due.deadline}>{m.due.label}</time>
      {m.relative && (
        <div className={muted}>
          {m.relative.days} days after {m.relative.anchorLabel ?? "its anchor"}
          {m.relative.anchorOn && ` (${m.relative.anchorOn})`}
        </div>
      )}
    </>
  );
}
