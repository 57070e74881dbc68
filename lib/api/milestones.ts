// /api/v1/milestones: the /timeline chart's milestones, from the same loader the chart is drawn from,
// so the download (the chart's dataPath) lists exactly its marks (then the undated ones, shown under it).

import type { TimelineDto } from "@/lib/data/timeline";
import { milestonesCsvColumns } from "@/lib/schemas/api/milestones";
import type { CsvCell } from "./csv";
import type { MilestoneDto } from "@/lib/schemas/api/common";

export function timelineMilestones(timeline: TimelineDto): MilestoneDto[] {
  const dated = timeline.lanes.flatMap((lane) => lane.milestones.filter((m) => m.due !== null));
  return [...dated, ...timeline.undated];
}

type Column = (typeof milestonesCsvColumns)[number];

export function milestoneRecord(m: MilestoneDto): Record<Column, CsvCell> {
  return {
    milestone_id: m.id,
    program_slug: m.program.slug,
    program: m.program.name,
    title: m.title,
    due_on: m.due?.on ?? "",
    due_precision: m.due?.precision ?? "",
    due_label: m.due?.label ?? m.dueUnknownReason ?? "",
    deadline: m.due?.deadline ?? "",
    first_due_on: m.original?.on ?? "",
    slippage_days: m.slippage?.days ?? null,
    status: m.status,
    overdue: m.overdue,
    completed_on: m.completedOn ?? "",
    completed_late_by_days: m.completedLateByDays,
    confidence: m.confidence,
    source_title: m.source.title,
    source_publisher: m.source.publisher,
    source_url: m.source.url ?? "",
    source_published: m.source.publishedOn ?? "",
    moved_by_source_title: m.movedBy?.title ?? "",
    moved_by_source_url: m.movedBy?.url ?? "",
  };
}
