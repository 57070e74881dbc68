import { buttonClass, fieldClass } from "./auth-card";

/**
 * A plain HTML form posted straight to Better Auth's handler (no JavaScript needed): the handler
 * applies the per-IP limit, the lockout and the origin checks, then redirects to /admin or back here.
 */
export function SignInForm({ error }: { error: string | null }) {
  return (
    <form method="post" action="/api/auth/sign-in/password" className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined}>
      {error && (
        <p
          id="sign-in-error"
          role="alert"
          className="rounded border border-red-600 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={320} className={fieldClass} />
      </div>
      <div>
        <label htmlFor="password" className="font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          className={fieldClass}
        />
      </div>
      <button type="submit" className={buttonClass}>
        Sign in
      </button>
    </form>
  );
}
