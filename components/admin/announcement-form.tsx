"use client";
// The guided new-announcement form. What the editor types lives in one state object (so a refused
// save keeps it all), inputs are named by path, and the server action answers with field errors.
// Submitting through a transition rather than the form's own action also avoids React resetting
// the form (and controlled selects and checkboxes with it) after each save.
import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { createAnnouncementFromForm } from "@/lib/actions/announcements";
import type { AnnouncementFormOptions } from "@/lib/data/announcement-form-options";
import { emptyAnnouncement } from "@/lib/forms/announcement-defaults";
import { setAt, type FormValue, type FormValues } from "@/lib/forms/path-state";
import { CapacitySection } from "./capacity-section";
import { ErrorSummary } from "./error-summary";
import { FormContext } from "./form-context";
import { FundingSection } from "./funding-section";
import { MilestoneSection } from "./milestone-section";
import { PartnerSection } from "./partner-section";
import { ProgramSection } from "./program-section";
import { SourceSection } from "./source-section";

const buttonClass = "rounded px-4 py-2 font-semibold disabled:opacity-60";

export function AnnouncementForm({ options }: { options: AnnouncementFormOptions }) {
  const [values, setValues] = useState<FormValues>(emptyAnnouncement);
  const [result, formAction, pending] = useActionState(createAnnouncementFromForm, null);
  const set = useCallback((path: string, value: FormValue) => setValues((current) => setAt(current, path, value)), []);
  const summary = useRef<HTMLDivElement>(null);
  // Marks the form as interactive once React has hydrated it (tests wait for it; typing earlier
  // would be lost when React takes over the inputs).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  // After a refused save, move focus to the summary so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (result !== null && result.status !== "ok") summary.current?.focus();
  }, [result]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  const errors = result?.status === "invalid" ? result.fieldErrors : {};
  return (
    <FormContext.Provider value={{ values, set, errors }}>
      <form action={formAction} onSubmit={submit} noValidate aria-describedby="form-help" data-ready={ready}>
        <p id="form-help" className="mb-6 text-sm text-slate-600 dark:text-slate-300">
          Fields marked * are required. Nothing is saved until you press a button at the end.
        </p>
        <ErrorSummary result={result} ref={summary} />
        <SourceSection />
        <ProgramSection programs={options.programs} />
        <FundingSection currencies={options.currencies} rates={options.rates} claims={options.fundingClaims} />
        <CapacitySection />
        <MilestoneSection />
        <PartnerSection organizations={options.organizations} />
        <div className="mt-10 flex flex-wrap gap-4 border-t border-slate-300 pt-6 dark:border-slate-700">
          <button type="submit" name="intent" value="draft" disabled={pending} className={`${buttonClass} border border-slate-600`}>
            Save as draft
          </button>
          <button type="submit" name="intent" value="publish" disabled={pending} className={`${buttonClass} bg-blue-800 text-white`}>
            Publish
          </button>
          <span aria-live="polite">{pending ? "Saving…" : ""}</span>
        </div>
      </form>
    </FormContext.Provider>
  );
}
