import { buttonClass } from "./auth-card";
import { CodeField } from "./code-field";

/**
 * The second step of sign-in: a plain HTML form posted to Better Auth's handler (no JavaScript),
 * which starts the session and redirects to /admin, or back here with the one generic message.
 */
export function CodeForm({ error }: { error: string | null }) {
  return (
    <form method="post" action="/api/auth/sign-in/code" className="space-y-4">
      <CodeField
        label="Code"
        hint="The 6-digit code your authenticator app shows now, or one of your recovery codes."
        error={error}
        accepts="codes"
      />
      <button type="submit" className={buttonClass}>
        Continue
      </button>
    </form>
  );
}
