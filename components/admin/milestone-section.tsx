"use client";
// Step 5: what is due when — on a date (to the precision the source gives), or N days after an event.
import { useMemo } from "react";
import { previewDue } from "@/lib/editing/preview-claim";
import { getAt, textAt } from "@/lib/forms/path-state";
import { milestoneFields } from "@/lib/admin/record-form-fields";
import { datePrecisions } from "@/lib/core/vocabulary";
import { RadioField, SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { PreviewLines } from "./figure-preview";
import { RepeatableSection } from "./repeatable-section";
import { SpecFields } from "./spec-fields";

function MilestoneItem({ path }: { path: string }) {
  const { values } = useFormContext();
  const milestone = getAt(values, path) as Record<string, string>;
  const relative = milestone.timing === "after";
  const preview = useMemo(() => previewDue(milestone), [milestone]);
  return (
    <>
      <TextField path={`${path}.title`} label="What is due" required />
      <RadioField
        path={`${path}.timing`}
        legend="When"
        options={[
          ["date", "On a date"],
          ["after", "A number of days after an event"],
        ]}
      />
      {relative ? (
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField path={`${path}.relativeDays`} label="Days" type="number" inputMode="numeric" required />
          <TextField path={`${path}.anchorOn`} label="After (date)" type="date" required />
          <TextField path={`${path}.anchorLabel`} label="The event" hint="e.g. “the executive order”." />
        </div>
      ) : (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            path={`${path}.dueOn`}
            label="Due on"
            type="date"
            required
            hint="For a month or a year, give its first day and choose the precision."
          />
          <SelectField path={`${path}.duePrecision`} label="Known to the" options={datePrecisions} />
        </div>
      )}
      <PreviewLines preview={preview} id={`${path}-preview`} emptyText="Give the date, or the days and the date they count from." />
      <TextField path={`${path}.dueText`} label="As the source words it" hint="e.g. “within 90 days”, “early 2026”." />
      <SpecFields path={path} fields={milestoneFields} />
      {/* Only a completed milestone has a completion date here: the public pages print any milestone's as "completed <date>". */}
      {textAt(values, `${path}.status`) === "completed" && <TextField path={`${path}.completedOn`} label="Completed on" type="date" />}
    </>
  );
}

export function MilestoneSection() {
  return (
    <RepeatableSection
      path="milestones"
      title="5. Milestones"
      noun="Milestone"
      intro="Every due date is kept: later revisions show the slippage."
      renderItem={(path) => <MilestoneItem path={path} />}
    />
  );
}
