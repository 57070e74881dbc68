import { buttonClass, fieldClass } from "./auth-card";

/**
 * The second step of sign-in: a plain HTML form posted to Better Auth's handler (no JavaScript),
 * which starts the session and redirects to /admin, or back here with the one generic message.
 */
export function CodeForm({ error }: { error: string | null }) {
  return (
    <form method="post" action="/api/auth/sign-in/code" className="space-y-4">
      <div>
        <label htmlFor="code" className="font-medium">
          Code
        </label>
        <p id="code-hint" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          The 6-digit code your authenticator app shows now, or one of your recovery codes.
        </p>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={40}
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
      <button type="submit" className={buttonClass}>
        Continue
      </button>
    </form>
  );
}
