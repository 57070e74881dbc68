import { fieldClass } from "./auth-card";

/**
 * The code field of the two second-step forms (enrolment and sign-in), with its hint and error.
 * `digits`: the app's 6-digit code only; `codes`: that or a recovery code (letters, typed as given).
 */
export function CodeField({
  label,
  hint,
  error,
  accepts,
}: {
  label: string;
  hint: string;
  error: string | null;
  accepts: "digits" | "codes";
}) {
  const codes = accepts === "codes";
  return (
    <div>
      <label htmlFor="code" className="font-medium">
        {label}
      </label>
      <p id="code-hint" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {hint}
      </p>
      <input
        id="code"
        name="code"
        type="text"
        inputMode={codes ? "text" : "numeric"}
        autoComplete="one-time-code"
        {...(codes && { autoCapitalize: "characters", spellCheck: false })}
        required
        maxLength={codes ? 40 : 12}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "code-hint code-error" : "code-hint"}
        className={fieldClass}
      />
      {error && (
        <p id="code-error" role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
