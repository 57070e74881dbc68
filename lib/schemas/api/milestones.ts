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
