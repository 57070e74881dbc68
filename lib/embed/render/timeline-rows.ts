// A timeline's milestones as an embed lists them: the hidden table, the sources numbered in order
// of first use, and a fingerprint of what was recorded (not of what follows from the day it is
// judged on: "overdue" changes with the calendar, not with the data).
import { closedWord, statusName } from "@/lib/data/milestone-dto";
import type { SourceDto, MilestoneDto } from "@/lib/schemas/api/common";
import type { EmbedSourceNote, EmbedTable } from "./embed-model";

function sourceLabel(source: SourceDto): string {
  return `${source.publisher}${source.publishedLabel ? `, ${source.publishedLabel}` : ""}`;
}

/** Each distinct source once, numbered from 1 in the order the milestones cite them, by source id. */
function numberSources(milestones: readonly MilestoneDto[]): Map<string, EmbedSourceNote> {
  const notes = new Map<string, EmbedSourceNote>();
  for (const milestone of milestones) {
    for (const source of [milestone.source, milestone.movedBy]) {
      if (!source || notes.has(source.id)) continue;
      notes.set(source.id, {
        n: notes.size + 1,
        context: `${milestone.program.name}, ${milestone.title}`,
        label: sourceLabel(source),
        publisher: source.publisher,
        title: source.title,
        url: source.url,
      });
    }
  }
  return notes;
}

function dueText(milestone: MilestoneDto): string {
  if (!milestone.due) return `unknown (${milestone.dueUnknownReason})`;
  const slipped = milestone.slippage && milestone.original ? `; first due ${milestone.original.label}, ${milestone.slippage.text}` : "";
  return `${milestone.due.label}${slipped}`;
}

/** The hidden table and the footer's numbered sources, which the table's source column cites. */
export function timelineNotes(milestones: readonly MilestoneDto[]): { table: EmbedTable; sources: EmbedSourceNote[] } {
  const notes = numberSources(milestones);
  const table: EmbedTable = {
    caption: "The milestones drawn in the timeline, with their sources",
    columns: ["Program", "Milestone", "Due", "Status", "Source"],
    rows: milestones.map((m) => [
      m.program.name,
      m.title,
      dueText(m),
      `${statusName(m.status)}` +
        `${m.completedOn ? `, ${closedWord(m.status)} ${m.completedLabel ?? m.completedOn}` : ""}` +
        `${m.overdue ? ", overdue" : ""}`,
      `[${notes.get(m.source.id)?.n}] ${sourceLabel(m.source)}`,
    ]),
  };
  return { table, sources: [...notes.values()] };
}

export function timelineFingerprint(milestones: readonly MilestoneDto[]): string {
  return JSON.stringify(
    milestones.map((m) => [
      m.id,
      m.title,
      m.program.slug,
      m.due?.label ?? null,
      m.original?.label ?? null,
      m.status,
      m.completedOn,
      m.source.id,
    ]),
  );
}
