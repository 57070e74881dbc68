"use client";
// One of the guided announcement form's lists (funding claims, milestones…), which the editor adds
// to and removes from. Items are numbered by position, so removing one renumbers the inputs after it
// and no gap is sent.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { emptyCapacityClaim, emptyFundingClaim, emptyMilestone, emptyPartner } from "@/lib/forms/announcement-defaults";
import { appendAt, getAt, removeAt, type FormValue, type FormValues } from "@/lib/forms/path-state";
import { announcementLimits } from "@/lib/schemas/announcement";
import { useFormContext } from "./form-context";

type ListName = keyof typeof announcementLimits;

// How an added item of each list starts; how many a list may hold is the schema's limit.
const emptyItems: Record<ListName, () => FormValues> = {
  fundingClaims: emptyFundingClaim,
  capacityClaims: emptyCapacityClaim,
  milestones: emptyMilestone,
  partners: emptyPartner,
};

type Props = {
  /** The announcement's list, which sets how many items it may hold and how an added one starts. */
  path: ListName;
  title: string;
  noun: string;
  intro?: ReactNode;
  renderItem: (itemPath: string, index: number) => ReactNode;
  // Fixes what other items say about positions once item `removed` is gone ("part of" item 3).
  afterRemove?: (items: FormValue[], removed: number) => FormValue[];
};

const buttonClass = "rounded border border-slate-500 px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

export function RepeatableSection({ path, title, noun, intro, renderItem, afterRemove }: Props) {
  const { values, set, errors } = useFormContext();
  const items = getAt(values, path);
  const list = Array.isArray(items) ? items : [];
  const listErrors = errors[path] ?? [];
  // Keyboard users land in the item they just added, or back on the heading after removing one.
  const [focusTarget, setFocusTarget] = useState<number | "heading" | null>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    const target =
      focusTarget === "heading"
        ? section.current?.querySelector<HTMLElement>("h2")
        : section.current?.querySelectorAll(":scope > fieldset")[focusTarget]?.querySelector<HTMLElement>("input, select, textarea");
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  return (
    <section ref={section} aria-labelledby={`${path}-heading`} className="mt-10">
      <h2 id={`${path}-heading`} tabIndex={-1} className="text-xl font-semibold outline-none">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{intro}</p>}
      {listErrors.length > 0 && <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-300">{listErrors.join(" ")}</p>}
      {list.map((_, index) => (
        <fieldset key={`${path}-${index}`} className="mt-4 rounded border border-slate-300 p-4 dark:border-slate-700">
          <legend className="px-1 font-semibold">{`${noun} ${index + 1}`}</legend>
          {renderItem(`${path}.${index}`, index)}
          <button
            type="button"
            className={`${buttonClass} mt-4`}
            onClick={() => {
              const rest = getAt(removeAt(values, path, index), path);
              const items = Array.isArray(rest) ? rest : [];
              set(path, afterRemove ? afterRemove(items, index) : items);
              setFocusTarget("heading");
            }}
          >
            Remove {noun.toLowerCase()} {index + 1}
          </button>
        </fieldset>
      ))}
      {list.length < announcementLimits[path] && (
        <button
          type="button"
          className={`${buttonClass} mt-4`}
          onClick={() => {
            set(path, getAt(appendAt(values, path, emptyItems[path]()), path) ?? []);
            setFocusTarget(list.length);
          }}
        >
          Add {list.length === 0 ? "a" : "another"} {noun.toLowerCase()}
        </button>
      )}
    </section>
  );
}
