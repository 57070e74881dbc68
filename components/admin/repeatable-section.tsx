"use client";
// A list of like items (funding claims, milestones…) the editor can add to and remove from. Items
// are numbered by position, so removing one renumbers the inputs after it and no gap is sent.
import type { ReactNode } from "react";
import { appendAt, getAt, removeAt, type FormValues } from "@/lib/forms/path-state";
import { useFormContext } from "./form-context";

type Props = {
  path: string;
  title: string;
  noun: string;
  max: number;
  intro?: ReactNode;
  empty: () => FormValues;
  renderItem: (itemPath: string, index: number) => ReactNode;
};

const buttonClass = "rounded border border-slate-500 px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

export function RepeatableSection({ path, title, noun, max, intro, empty, renderItem }: Props) {
  const { values, set, errors } = useFormContext();
  const items = getAt(values, path);
  const list = Array.isArray(items) ? items : [];
  const listErrors = errors[path] ?? [];
  return (
    <section aria-labelledby={`${path}-heading`} className="mt-10">
      <h2 id={`${path}-heading`} className="text-xl font-semibold">{title}</h2>
      {intro && <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{intro}</p>}
      {listErrors.length > 0 && <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-300">{listErrors.join(" ")}</p>}
      {list.map((_, index) => (
        <fieldset key={`${path}-${index}`} className="mt-4 rounded border border-slate-300 p-4 dark:border-slate-700">
          <legend className="px-1 font-semibold">{`${noun} ${index + 1}`}</legend>
          {renderItem(`${path}.${index}`, index)}
          <button type="button" className={`${buttonClass} mt-4`} onClick={() => set(path, getAt(removeAt(values, path, index), path) ?? [])}>
            Remove {noun.toLowerCase()} {index + 1}
          </button>
        </fieldset>
      ))}
      {list.length < max && (
        <button type="button" className={`${buttonClass} mt-4`} onClick={() => set(path, getAt(appendAt(values, path, empty()), path) ?? [])}>
          Add {list.length === 0 ? "a" : "another"} {noun.toLowerCase()}
        </button>
      )}
    </section>
  );
}
