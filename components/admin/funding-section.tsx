"use client";
// Step 3: the money the announcement states, one claim per figure, typed as the source gives it.
import { useMemo } from "react";
import { previewFunding } from "@/lib/editing/preview-claim";
import { repointParts } from "@/lib/forms/part-of";
import { getAt, textAt } from "@/lib/forms/path-state";
import type { ReferenceRate } from "@/lib/money";
import { partOfItem } from "@/lib/schemas/announcement-claims";
import { fundingClaimFields } from "@/lib/admin/claim-form-fields";
import { SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { FundingPreviewBox } from "./figure-preview";
import { RepeatableSection } from "./repeatable-section";
import { SpecFields } from "./spec-fields";

type ExistingClaim = { id: string; label: string; programId: string };
type Props = { currencies: string[]; rates: ReferenceRate[]; claims: ExistingClaim[] };
type Typed = Record<string, string>;

/** What a funding item may be part of: another item of this form, or a claim of the chosen program on file. */
function usePartOfOptions(index: number, claims: ExistingClaim[]) {
  const { values } = useFormContext();
  const items = getAt(values, "fundingClaims");
  const programId = textAt(values, "program.mode") === "existing" ? textAt(values, "program.id") : null;
  const others = (Array.isArray(items) ? items : []).flatMap((item, other) =>
    other === index ? [] : [[partOfItem(other), `Funding claim ${other + 1}: ${textAt(item, "label") || "(no label yet)"}`] as const],
  );
  const onFile = claims.filter((claim) => claim.programId === programId).map((claim) => [claim.id, `On file: ${claim.label}`] as const);
  return [["", "Not part of another figure"] as const, ...others, ...onFile];
}

function FundingItem({ path, index, currencies, rates, claims }: Props & { path: string; index: number }) {
  const { values } = useFormContext();
  const partOfOptions = usePartOfOptions(index, claims);
  const claim = getAt(values, path) as Typed;
  const source = getAt(values, "source") as Typed;
  const preview = useMemo(() => previewFunding(claim, source, rates), [claim, source, rates]);
  const currencyOptions = [["", "As written in the amount"] as const, ...currencies.map((code) => [code, code] as const)];
  return (
    <>
      <TextField path={`${path}.label`} label="What the money is for" required hint="e.g. “Mission outlay over five years”." />
      <TextField
        path={`${path}.amountText`}
        label="Amount, as the source gives it"
        required
        hint="e.g. 10,371.92 crore · €1.96 bn · up to $100 bn · 2.5 trillion won · €2–3 bn (a range)."
      />
      <SelectField
        path={`${path}.currency`}
        label="Currency"
        options={currencyOptions}
        hint="Only needed when the amount does not say it."
      />
      <FundingPreviewBox preview={preview} id={`${path}-preview`} />
      <SelectField
        path={`${path}.parentId`}
        label="Part of"
        options={partOfOptions}
        hint="For an “of which” figure (one recipient's share of a total): the whole it is part of. Never added to it."
      />
      <SpecFields path={path} fields={fundingClaimFields} />
    </>
  );
}

export function FundingSection(props: Props) {
  return (
    <RepeatableSection
      path="fundingClaims"
      title="3. Funding claims"
      noun="Funding claim"
      intro="One claim per figure. A range stays a range; “up to” and “more than” are kept as stated."
      renderItem={(path, index) => <FundingItem path={path} index={index} {...props} />}
      afterRemove={repointParts}
    />
  );
}
