"use client";
// Step 3: the money the announcement states, one claim per figure, typed as the source gives it.
import { useMemo } from "react";
import { previewFunding } from "@/lib/editing/preview-claim";
import { emptyFundingClaim } from "@/lib/forms/announcement-defaults";
import { getAt } from "@/lib/forms/path-state";
import type { ReferenceRate } from "@/lib/money";
import { announcementLimits } from "@/lib/schemas/announcement";
import { confidences, datePrecisions, fundingKinds } from "@/lib/core/vocabulary";
import { CheckboxField, SelectField, TextField } from "./fields";
import { useFormContext } from "./form-context";
import { FundingPreviewBox } from "./figure-preview";
import { RepeatableSection } from "./repeatable-section";

type Props = { currencies: string[]; rates: ReferenceRate[] };
type Typed = Record<string, string>;

function FundingItem({ path, currencies, rates }: Props & { path: string }) {
  const { values } = useFormContext();
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
      renderItem={(path) => <FundingItem path={path} {...props} />}
    />
  );
}
