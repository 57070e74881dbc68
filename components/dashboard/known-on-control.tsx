import { DateField } from "@/components/controls/date-field";
import { InstantForm } from "@/components/controls/instant-form";
import { asOfDay, knownOnForm, type KnownBy } from "@/lib/dashboard/as-of";

type Props = { knownBy: KnownBy; livePath: string };

// Folded, so it costs one Tab stop before the page's own controls (a date field has three).
// The form keeps the page's other options (livePath) and applies a chosen date at once with
// JavaScript; without it, "Show" submits. An emptied date is the live view.
export function KnownOnControl({ knownBy, livePath }: Props) {
  const day = asOfDay(knownBy);
  const { action, fields } = knownOnForm(livePath);
  return (
    <details className="relative text-sm" data-testid="known-on">
      <summary
        className={"cursor-pointer rounded px-1 focus-visible:outline-2 focus-visible:outline-offset-2 " + "focus-visible:outline-blue-700"}
      >
        Known on: {day ?? "today"}
      </summary>
      <InstantForm
        action={action}
        aria-label="Known on"
        className={
          "absolute right-0 z-10 mt-1 flex w-max items-end gap-2 rounded border border-slate-300 bg-white " +
          "p-3 shadow dark:border-slate-700 dark:bg-slate-900"
        }
      >
        {fields.map(([key, value], index) => (
          <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
        ))}
        <label className="block">
          Show what was known on
          <DateField
            name="asOf"
            defaultValue={day ?? ""}
            className="mt-1 block rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          />
        </label>
        <button
          type="submit"
          className={
            "rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800 " +
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          }
        >
          Show
        </button>
      </InstantForm>
    </details>
  );
}
