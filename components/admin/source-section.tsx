"use client";
// Step 1: where the announcement comes from. Every figure below cites this source.
import { datePrecisions, sourceKinds, sourceReliabilities } from "@/lib/core/vocabulary";
import { SelectField, TextField } from "./fields";

export function SourceSection() {
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading" className="text-xl font-semibold">
        1. The source
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Every figure, milestone and partner below will cite it.</p>
      <SelectField path="source.kind" label="Kind of source" options={sourceKinds} required />
      <TextField path="source.url" label="Web address" type="url" hint="https://… — or leave blank and name the document below." />
      <TextField path="source.seedDocument" label="Document, if it is not online" hint="e.g. the file name or the printed reference." />
      <TextField path="source.title" label="Title" required />
      <TextField path="source.publisher" label="Publisher" required />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          path="source.publishedOn"
          label="Date"
          type="date"
          required
          hint="Its year picks the exchange rate of figures with no as-of date."
        />
        <SelectField path="source.publishedPrecision" label="Date known to the" options={datePrecisions} />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField path="source.language" label="Language" hint="A code such as en or fr." required />
        <SelectField path="source.reliability" label="Reliability" options={sourceReliabilities} required />
      </div>
      <TextField path="source.reliabilityNote" label="Note on reliability" />
    </section>
  );
}
