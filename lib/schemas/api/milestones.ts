import { z } from "zod";
import { isoDay, milestoneResponseSchema } from "./common";

export const milestonesResponseSchema = z
  .object({
    today: isoDay.meta({ description: "The day lateness is judged on (the asOf day, or today)." }),
    milestones: z.array(milestoneResponseSchema).meta({
      description:
        "The timeline chart's milestones (dated ones, lane by lane in the chart's program order, by due date), then the undated ones.",
    }),
  })
  .meta({ id: "Milestones" });

export const milestonesCsvColumns = [
  "milestone_id",
  "program_slug",
  "program",
  "title",
  "due_on",
  "due_precision",
  "due_label",
  "deadline",
  "first_due_on",
  "slippage_days",
  "status",
  "overdue",
  "completed_on",
  "completed_late_by_days",
  "confidence",
  "source_title",
  "source_publisher",
  "source_url",
  "source_published",
  "moved_by_source_title",
  "moved_by_source_url",
] as const;
