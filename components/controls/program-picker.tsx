"use client";
// The programs of a view, as checkboxes in its GET form. A long list (a thousand programs) is not
// sent whole: the page lists the ticked programs and a few others (the largest, the busiest), and a
// search box finds the rest on the server. With JavaScript the box is a combobox that asks
// /api/v1/program-names as the reader types; choosing a match ticks it and applies the form. It is
// there however many are listed, as a quick way to tick a program by name. Without JavaScript the box
// is a plain field, `find`, which the page answers by listing the matches; it is drawn only when some
// programs are not listed (a plain form would otherwise send an empty `find` with every Apply).
import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import type { ProgramName } from "@/lib/data/program-names";

type Props = {
  name: string;
  legend: string;
  hint: string;
  /** The programs listed: the ticked ones and a few others. */
  programs: readonly ProgramName[];
  checked: readonly string[];
  /** How many programs a reader may choose from; more than are listed says how many are listed. */
  total: number;
  /** The view's past day: the search offers only the programs known then. */
  asOf: string | null;
  /** Without JavaScript: the text searched, whose matches the page lists (unticked); Infinity: more match than it lists. */
  find?: { text: string; matches: number };
};

const noSubscription = () => () => {};
const searchDelayMs = 250;
const activeOption = "bg-blue-700 text-white";
const field =
  "mt-1 block w-full max-w-xs rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100";

export function ProgramPicker({ name, legend, hint, programs, checked, total, asOf, find }: Props) {
  const [added, setAdded] = useState<ProgramName[]>([]);
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const listed = [...programs, ...added.filter((p) => !programs.some((q) => q.slug === p.slug))];
  const someUnlisted = total > programs.length;
  return (
    <fieldset className="rounded border border-slate-300 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">
        {legend} ({checked.length} of {total} ticked)
      </legend>
      <p className="text-xs text-slate-600 dark:text-slate-300">{hint}</p>
      {scripted && <ProgramSearch name={name} asOf={asOf} onAdd={(p) => setAdded((list) => [...list, p])} />}
      {someUnlisted && !scripted && (
        <label className="mt-1 block text-sm">
          Find a program (then Apply)
          <input type="search" name="find" defaultValue={find?.text} className={field} />
        </label>
      )}
      {find && (
        <p role="status" className="mt-1 text-sm">
          {find.matches === 0
            ? `No program matches “${find.text}”.`
            : find.matches === Infinity
              ? `More programs match “${find.text}” than are listed: type more of the name, or tick to add, then Apply.`
              : `${find.matches} ${find.matches === 1 ? "program matches" : "programs match"} “${find.text}”: tick to add, then Apply.`}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {listed.map((p) => (
          <label key={p.slug} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={p.slug} defaultChecked={checked.includes(p.slug)} /> {p.name}
          </label>
        ))}
      </div>
      {someUnlisted && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          {listed.length} of {total} listed: find the others by name.
        </p>
      )}
    </fieldset>
  );
}

/** A combobox over the server's search (the ARIA 1.2 pattern: the focus stays in the box, the active option is announced). */
function ProgramSearch({ name, asOf, onAdd }: { name: string; asOf: string | null; onAdd: (program: ProgramName) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [matches, setMatches] = useState<ProgramName[] | null>(null);
  const [more, setMore] = useState(false);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);
  const input = useRef<HTMLInputElement>(null);

  // Closes the list and cancels the search under way (its wait and its request), so it cannot reopen it.
  const close = () => {
    clearTimeout(timer.current);
    request.current?.abort();
    setMatches(null);
    setActive(-1);
  };

  const search = (value: string) => {
    setText(value);
    close();
    if (value.trim() === "") return;
    timer.current = setTimeout(async () => {
      const controller = (request.current = new AbortController());
      const query = new URLSearchParams({ q: value.trim(), ...(asOf && { asOf }) });
      try {
        const response = await fetch(`/api/v1/program-names?${query}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const answer = (await response.json()) as { data: ProgramName[]; more: boolean };
        if (controller.signal.aborted) return;
        setMatches(answer.data);
        setMore(answer.more);
        setFailed(false);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, searchDelayMs);
  };

  // Ticks the program (listing it first if the page did not) with a click, so the form applies it as
  // any tick (InstantForm), and gives the focus back to that box if the form is drawn anew.
  const choose = (program: ProgramName) => {
    const form = input.current?.form;
    const box = () =>
      [...(form?.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`) ?? [])].find((b) => b.value === program.slug);
    flushSync(() => {
      if (!box()) onAdd(program);
      setText("");
      close();
    });
    const found = box();
    if (found && !found.checked) found.click();
  };

  const open = matches !== null && matches.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = matches?.length ?? 0;
    if (event.key === "ArrowDown" && count > 0) setActive((i) => (i + 1) % count);
    else if (event.key === "ArrowUp" && count > 0) setActive((i) => (i <= 0 ? count - 1 : i - 1));
    else if (event.key === "Escape") {
      close();
      // Only an open list takes Escape: closed, it is left to the page (a dialog around the form).
      if (!open) return;
    } else if (event.key === "Enter" && matches && active >= 0) choose(matches[active]!);
    else return;
    // Keys the box handles do not move the caret or submit the form.
    event.preventDefault();
  };

  const listbox = `${id}-matches`;
  const status = failed
    ? "The search failed; try again."
    : matches?.length === 0
      ? `No program matches “${text.trim()}”.`
      : open && more
        ? `More than ${matches.length} programs match: type more of the name.`
        : open
          ? `${matches.length} ${matches.length === 1 ? "program" : "programs"} found.`
          : "";
  return (
    <div className="relative mt-1">
      <label htmlFor={`${id}-box`} className="block text-sm">
        Find a program
      </label>
      <input
        ref={input}
        id={`${id}-box`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listbox}
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        value={text}
        // The API's limit: a longer text would only be refused.
        maxLength={100}
        onChange={(event) => search(event.target.value)}
        onKeyDown={onKeyDown}
        // Tab or a click elsewhere closes the list (a click on an option keeps the focus here).
        onBlur={close}
        className={field}
      />
      <ul
        id={listbox}
        role="listbox"
        aria-label="Matching programs"
        hidden={!open}
        className={
          "absolute z-10 mt-1 max-h-64 w-full max-w-xs overflow-y-auto rounded border border-slate-400 bg-white py-1 shadow " +
          "dark:bg-slate-900"
        }
      >
        {matches?.map((program, index) => (
          <li
            key={program.slug}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            // The box keeps the focus: a click on an option must not blur it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(program)}
            className={`cursor-pointer px-2 py-1 text-sm ${index === active ? activeOption : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
          >
            {program.name}
          </li>
        ))}
      </ul>
      <p role="status" className="mt-1 text-xs text-slate-600 dark:text-slate-300">
        {status}
      </p>
    </div>
  );
}
