// /api/v1/milestones: the /timeline chart's milestones, from the same loader the chart is drawn from,
// so the download (the chart's dataPath) lists exactly its marks (then the undated ones, shown under it).

import type { TimelineDto } from "@/lib/data/timeline";
import { columnsOf, recordOf, type CsvCell, type CsvCells } from "./csv";
import type { MilestoneDto } from "@/lib/schemas/api/common";

export function timelineMilestones(timeline: TimelineDto): MilestoneDto[] {
  const dated = timeline.lanes.flatMap((lane) => lane.milestones.filter((m) => m.due !== null));
  return [...dated, ...timeline.undated];
}

const cells = {
  milestone_id: (m) => m.id,
  program_slug: (m) => m.program.slug,
  program: (m) => m.program.name,
  title: (m) => m.title,
  due_on: (m) => m.due?.on ?? "",
  due_precision: (m) => m.due?.precision ?? "",
  due_label: (m) => m.due?.label ?? m.dueUnknownReason ?? "",
  deadline: (m) => m.due?.deadline ?? "",
  first_due_on: (m) => m.original?.on ?? "",
  slippage_days: (m) => m.slippage?.days ?? null,
  status: (m) => m.status,
  overdue: (m) => m.overdue,
  completed_on: (m) => m.completedOn ?? "",
  completed_late_by_days: (m) => m.completedLateByDays,
  confidence: (m) => m.confidence,
  source_title: (m) => m.source.title,
  source_publisher: (m) => m.source.publisher,
  source_url: (m) => m.source.url ?? "",
  source_published: (m) => m.source.publishedOn ?? "",
  moved_by_source_title: (m) => m.movedBy?.title ?? "",
  moved_by_source_url: (m) => m.movedBy?.url ?? "",
} satisfies CsvCells<MilestoneDto>;

export const milestonesCsvColumns = columnsOf(cells);

export function milestoneRecord(m: MilestoneDto): Record<keyof typeof cells, CsvCell> {
  return recordOf(cells, m);
}
