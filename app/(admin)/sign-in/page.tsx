import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/admin/auth-card";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentActor } from "@/lib/auth/current-actor";
import { signInMessages } from "@/lib/auth/sign-in-messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentActor()) redirect("/admin");
  const { error, notice } = signInMessages(await searchParams);
  return (
    <AuthCard title="Sign in to the editors’ area">
      {notice && (
        <p
          role="status"
          className="mb-4 rounded border border-emerald-600 bg-emerald-50 p-3 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50"
        >
          {notice}
        </p>
      )}
      <SignInForm error={error} />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Accounts are created by an admin. Forgot your password, or locked out? Ask an admin for a set-password link.
      </p>
    </AuthCard>
  );
}
