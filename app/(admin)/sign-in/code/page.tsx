import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/admin/auth-card";
import { CodeForm } from "@/components/admin/code-form";
import { codeFailedMessage, signInExpiredMessage } from "@/lib/auth/two-factor/messages";
import { pendingView } from "@/lib/auth/two-factor/page-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign-in code", robots: { index: false, follow: false } };

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const pending = await pendingView();
  if (pending?.step === "enrol") redirect("/sign-in/enrol");
  const { error } = await searchParams;
  return (
    <AuthCard title="Enter your sign-in code">
      {pending ? <CodeForm error={error === "code" ? codeFailedMessage : null} /> : <p role="alert">{signInExpiredMessage}</p>}
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Lost your phone and your recovery codes? Ask an admin to reset your two-factor sign-in.{" "}
        <Link href="/sign-in" className="underline">
          Start again
        </Link>
      </p>
    </AuthCard>
  );
}
