"use client";
// A long list of program checkboxes, folded, with a search box that hides the names that do not
// match (with JavaScript; without it the box is not drawn and the whole list stays). Hidden boxes
// keep their ticks: the form still sends them.
import { useState, useSyncExternalStore } from "react";

type Props = {
  name: string;
  legend: string;
  hint: string;
  programs: readonly { slug: string; name: string }[];
  checked: readonly string[];
  /** Unfolded at first (a short list). */
  open?: boolean;
};

const noSubscription = () => () => {};

export function ProgramPicker({ name, legend, hint, programs, checked, open = false }: Props) {
  const [query, setQuery] = useState("");
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const wanted = query.trim().toLowerCase();
  return (
    <details open={open} className="rounded border border-slate-300 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">
        {legend} ({checked.length} of {programs.length} ticked)
      </summary>
      <fieldset className="mt-2">
        <legend className="text-xs text-slate-600 dark:text-slate-300">{hint}</legend>
        {scripted && (
          <label className="mt-1 block text-sm">
            Find a program
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              className={
                "mt-1 block w-full max-w-xs rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 " +
                "dark:bg-slate-900 dark:text-slate-100"
              }
            />
          </label>
        )}
        <div className="mt-2 flex max-h-64 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
          {programs.map((p) => (
            <label
              key={p.slug}
              className="flex items-center gap-1 text-sm"
              hidden={wanted !== "" && !p.name.toLowerCase().includes(wanted)}
            >
              <input type="checkbox" name={name} value={p.slug} defaultChecked={checked.includes(p.slug)} /> {p.name}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
