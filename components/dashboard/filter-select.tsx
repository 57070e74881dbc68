// The select of a public page's filter form: "All" first, then each option.
export const filterFieldClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

/** A vocabulary value (its underscores read as spaces), or a value and its label. */
type Option = string | readonly [value: string, label: string];

export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly Option[];
}) {
  return (
    <label className="text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={filterFieldClass}>
        <option value="">All</option>
        {options.map((option) => {
          const [optionValue, text] = typeof option === "string" ? [option, option.replaceAll("_", " ")] : option;
          return (
            <option key={optionValue} value={optionValue}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
