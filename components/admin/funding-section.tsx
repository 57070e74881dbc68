"use client";
// Step 3: the money the announcement states, one claim per figure, typed as the source gives it.
import { useMemo } from "react";
import { previewFunding } from "@/lib/editing/preview-claim";
import { emptyFundingClaim } from "@/lib/forms/announcement-defaults";
import { repointParts } from "@/lib/forms/part-of";
import { getAt, textAt } from "@/lib/forms/path-state";
import type { ReferenceRate } from "@/lib/money";
import { announcementLimits } from "@/lib/schemas/announcement";
import { partOfItem } from "@/lib/schemas/announcement-claims";
import { confidences, datePrecisions, fundingKinds } from "@/lib/core/vocabulary";
import { CheckboxField, SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { FundingPreviewBox } from "./figure-preview";
import { RepeatableSection } from "./repeatable-section";

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
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField path={`${path}.kind`} label="Kind of money" options={fundingKinds} required />
        <SelectField path={`${path}.confidence`} label="Confidence" options={confidences} required />
        <TextField path={`${path}.asOf`} label="As of" type="date" hint="Blank: the source's date." />
        <SelectField path={`${path}.asOfPrecision`} label="As-of date known to the" options={datePrecisions} />
        <TextField path={`${path}.periodStart`} label="Period from" type="date" />
        <TextField path={`${path}.periodEnd`} label="Period to" type="date" />
      </div>
      <TextField
        path={`${path}.periodText`}
        label="Period, in words"
        hint="e.g. “over five years”, or a fiscal year: “FY2024-25 (April–March)”, “JFY2023” (its money converts at that year's rate)."
      />
      <TextField path={`${path}.scope`} label="Scope" />
      <TextField path={`${path}.quote`} label="Quote from the source" multiline />
      <TextField path={`${path}.confidenceNote`} label="Why this confidence" />
      <SelectField
        path={`${path}.parentId`}
        label="Part of"
        options={partOfOptions}
        hint="For an “of which” figure (one recipient's share of a total): the whole it is part of. Never added to it."
      />
      <CheckboxField path={`${path}.isHeadline`} label="Headline figure of the program" />
    </>
  );
}

export function FundingSection(props: Props) {
  return (
    <RepeatableSection
      path="fundingClaims"
      title="3. Funding claims"
      noun="Funding claim"
      max={announcementLimits.fundingClaims}
      intro="One claim per figure. A range stays a range; “up to” and “more than” are kept as stated."
      empty={emptyFundingClaim}
      renderItem={(path, index) => <FundingItem path={path} index={index} {...props} />}
      afterRemove={repointParts}
    />
  );
}
