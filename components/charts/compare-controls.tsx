import { capacityKinds, fundingKinds } from "@/lib/core/vocabulary";
import { compareCanonicalQuery, type CompareParams } from "@/lib/dashboard/compare-params";
import { topCount } from "@/lib/data/compare";
import type { ProgramName } from "@/lib/data/program-names";
import { InstantForm } from "@/components/controls/instant-form";
import { ProgramPicker } from "@/components/controls/program-picker";

const metricNames = { money: "Money", compute: "Compute (exaFLOPS)", power: "Power (MW / GW)", accelerators: "Accelerators" } as const;
const currencyNames = { usd: "US dollars", eur: "Euros", original: "Original currency (one axis each)" } as const;
const scaleNames = { linear: "Linear (from zero)", log: "Logarithmic" } as const;
const claimNames = { headline: "Headline figures", all: "All current claims" } as const;

const label = "block text-sm font-medium";
const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100";
const box = "rounded border border-slate-300 p-3 dark:border-slate-700";
const words = (value: string) => value.replaceAll("_", " ");

function Select<T extends string>({ name, text, value, options }: { name: string; text: string; value: T; options: Record<T, string> }) {
  return (
    <label className={label}>
      {text}
      <select name={name} defaultValue={value} className={control}>
        {(Object.keys(options) as T[]).map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </label>
  );
}

function Checks({
  name,
  legend,
  values,
  checked,
  hint,
}: {
  name: string;
  legend: string;
  values: readonly { value: string; text: string }[];
  checked: (value: string) => boolean;
  hint?: string;
}) {
  return (
    <fieldset className={box}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {hint && <p className="text-xs text-slate-600 dark:text-slate-300">{hint}</p>}
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {values.map(({ value, text }) => (
          <label key={value} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={value} defaultChecked={checked(value)} /> {text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// The ticks that mean the default selection: every program of a short list; of a long one, the
// largest shown by default (known only while the default is shown; else the server folds them).
function defaultTicks(params: CompareParams, programs: readonly ProgramName[], total: number, shown: string[]): string[] {
  if (total <= topCount) return programs.map((p) => p.slug);
  return params.programs.length === 0 ? shown : [];
}

// A GET form that applies each change at once (InstantForm), going straight to the canonical
// (defaults-omitted) address; with no JavaScript, Apply submits it and the page redirects what it
// receives to that address. Either way the result is a permalink. `shown`: the programs the chart draws (ticked);
// `programs`: those the picker lists (ProgramPicker), of `total`. The page draws it after the chart
// (beside it on wide screens, in a column as narrow as its selects: `className` places it).
export function CompareControls({
  params,
  programs,
  total,
  shown,
  find,
  className,
}: {
  params: CompareParams;
  programs: readonly ProgramName[];
  total: number;
  shown: string[];
  find?: { text: string; matches: number };
  className: string;
}) {
  return (
    <InstantForm
      action="/compare"
      canonical={compareCanonicalQuery(defaultTicks(params, programs, total, shown))}
      aria-labelledby="options-heading"
      className={`grid gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800 ${className}`}
    >
      <div>
        <h2 id="options-heading" className="text-lg font-semibold">
          Options
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300">The page&apos;s address keeps them, so it can be shared as it is.</p>
      </div>
      <fieldset className={`${box} grid gap-3 sm:grid-cols-2 lg:grid-cols-1`}>
        <legend className="px-1 text-sm font-semibold">What to compare</legend>
        <Select name="metric" text="Metric" value={params.metric} options={metricNames} />
        <Select name="currency" text="Currency (money)" value={params.currency} options={currencyNames} />
        <Select name="scale" text="Scale" value={params.scale} options={scaleNames} />
        <Select name="claims" text="Claims shown" value={params.claims} options={claimNames} />
      </fieldset>
      <ProgramPicker
        name="program"
        legend="Programs"
        hint={`None ticked means ${total > topCount ? `the ${topCount} largest by this metric` : "all"}.`}
        programs={programs}
        checked={shown}
        total={total}
        asOf={params.asOf}
        find={find}
      />
      <Checks
        name="funding"
        legend="Money: kinds of claim"
        values={fundingKinds.map((k) => ({ value: k, text: words(k) }))}
        checked={(k) => (params.funding as readonly string[]).includes(k)}
      />
      <Checks
        name="capacity"
        legend="Compute, power, accelerators: kinds of claim"
        values={capacityKinds.map((k) => ({ value: k, text: words(k) }))}
        checked={(k) => (params.capacity as readonly string[]).includes(k)}
      />
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="unverified" value="1" defaultChecked={params.unverified} /> Include unverified and disputed claims
          (drawn hatched)
        </label>
        {/* The "known on" date is set in the page's header; the options keep it. */}
        {params.asOf && <input type="hidden" name="asOf" value={params.asOf} />}
        {params.view !== "chart" && <input type="hidden" name="view" value={params.view} />}
        <button
          type="submit"
          className={
            "rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus:outline " +
            "focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          }
        >
          Apply
        </button>
      </div>
    </InstantForm>
  );
}
