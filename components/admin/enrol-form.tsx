"use client";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { refusalMessage } from "@/lib/core/action-result";
import type { EnrolResult } from "@/lib/auth/two-factor/enrol-action";
import { buttonClass } from "./auth-card";
import { CodeField } from "./code-field";

/**
 * Enrolment: the app's secret (children: the QR code and the text, rendered on the server), a
 * field for the first code, then the recovery codes, shown only in this answer. Works without
 * JavaScript: the server action's answer is rendered into the page.
 */
export function EnrolForm({
  enrolAction,
  canEnrol,
  children,
}: {
  enrolAction: (state: EnrolResult | null, form: FormData) => Promise<EnrolResult>;
  canEnrol: boolean;
  children: ReactNode;
}) {
  const [state, action, pending] = useActionState<EnrolResult | null, FormData>(enrolAction, null);
  if (state?.status === "ok") return <RecoveryCodes codes={state.data.recoveryCodes} />;
  if (!canEnrol || state?.status === "unauthenticated") {
    return (
      <>
        <p role="alert">{state ? refusalMessage(state) : "This sign-in has expired. Sign in again with your password."}</p>
        <p className="mt-4">
          <Link href="/sign-in" className="underline">
            Go to sign-in
          </Link>
        </p>
      </>
    );
  }
  const error = state?.status === "invalid" ? (state.fieldErrors.code?.[0] ?? refusalMessage(state)) : state && refusalMessage(state);
  return (
    <>
      {children}
      <form action={action} className="mt-6 space-y-4">
        <CodeField label="Code from your app" hint="Six digits; a new one appears every 30 seconds." error={error} accepts="digits" />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Checking…" : "Turn on two-factor sign-in"}
        </button>
      </form>
    </>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-heading">
      <p
        role="status"
        className="mb-4 rounded border border-emerald-600 bg-emerald-50 p-3 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50"
      >
        Two-factor sign-in is on, and you are signed in.
      </p>
      <h2 id="recovery-heading" className="mb-2 text-lg font-semibold">
        Your recovery codes
      </h2>
      <p className="mb-4">
        If you lose your phone, each of these codes signs you in once instead of the app&apos;s code. Save them now (print them, or keep
        them in your password manager): <strong>they are shown only this once.</strong>
      </p>
      <ol data-testid="recovery-codes" className="mb-6 grid grid-cols-1 gap-1 font-mono sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Link href="/admin" className={`${buttonClass} inline-block`}>
        I have saved them: continue
      </Link>
    </section>
  );
}
