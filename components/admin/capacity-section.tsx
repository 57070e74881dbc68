"use client";
// Step 4: capacity figures (compute, power, accelerators…), each in its metric's canonical unit.
import { useMemo } from "react";
import { previewCapacity } from "@/lib/editing/preview-claim";
import { textAt } from "@/lib/forms/path-state";
import { canonicalUnits } from "@/lib/schemas/capacity-claim";
import { capacityClaimFields } from "@/lib/admin/claim-form-fields";
import { capacityMetrics, computePrecisions } from "@/lib/core/vocabulary";
import { SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { PreviewLines } from "./figure-preview";
import { RepeatableSection } from "./repeatable-section";
import { SpecFields } from "./spec-fields";

function CapacityItem({ path }: { path: string }) {
  const { values } = useFormContext();
  const metric = textAt(values, `${path}.metric`) as keyof typeof canonicalUnits;
  const canonical = canonicalUnits[metric] ?? null;
  const unit = canonical ?? textAt(values, `${path}.unit`);
  const valueText = textAt(values, `${path}.valueText`);
  const precision = textAt(values, `${path}.precision`);
  const unitDetail = textAt(values, `${path}.unitDetail`);
  const preview = useMemo(
    () => previewCapacity({ valueText, metric, precision, unitDetail }, unit || "(unit)"),
    [valueText, metric, precision, unitDetail, unit],
  );
  return (
    <>
      <TextField path={`${path}.label`} label="What is measured" required hint="e.g. “Data-centre power, first phase”." />
      <SelectField path={`${path}.metric`} label="Metric" options={capacityMetrics} required />
      <TextField
        path={`${path}.valueText`}
        label="Value, as the source gives it"
        required
        hint={`e.g. 1 GW · up to 600–900 MW · 793.4 petaFLOPS · 246 EFLOPS FP8 · 18,000 GB300 · over a thousand GPUs${
          canonical ? `. Stored in ${canonical}` : ""
        }.`}
      />
      {canonical === null && <TextField path={`${path}.unit`} label="Unit" required />}
      <TextField path={`${path}.unitDetail`} label="Unit detail" hint="e.g. “NVIDIA H100 GPUs”. Blank: the model the value names." />
      {metric === "compute" && (
        <SelectField
          path={`${path}.precision`}
          label="FLOPS precision"
          options={[["", "As written in the value"], ...computePrecisions.map((p) => [p, p] as const)]}
          hint="Asked when the value does not say it (FP8, FP64…)."
        />
      )}
      <PreviewLines preview={preview} id={`${path}-preview`} emptyText="Type the value to see how it is read." />
      <SpecFields path={path} fields={capacityClaimFields} />
    </>
  );
}

export function CapacitySection() {
  return (
    <RepeatableSection
      path="capacityClaims"
      title="4. Capacity claims"
      noun="Capacity claim"
      intro="Compute in exaFLOPS, power in MW, others as counts."
      renderItem={(path) => <CapacityItem path={path} />}
    />
  );
}
