import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/admin/auth-card";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { passwordLength } from "@/lib/auth/policy";
import { findPasswordLink } from "@/lib/auth/users/password-link";
import { expiredLinkMessage } from "@/lib/auth/users/set-password-with-link";
import { prisma } from "@/lib/db";
import { setPasswordFromForm } from "@/lib/actions/users";

export const dynamic = "force-dynamic";
// The token is in the address: send it to no other site, not even as a referrer. "same-origin",
// not "no-referrer": under no-referrer the browser posts the form with `Origin: null`, and Next
// rightly refuses such a server action (the form then fails whenever JavaScript is off).
export const metadata: Metadata = { title: "Set your password", referrer: "same-origin", robots: { index: false, follow: false } };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPasswordLink(prisma(), token);
  if (!link) {
    return (
      <AuthCard title="Set your password">
        <p role="alert">{expiredLinkMessage}</p>
        <p className="mt-4">
          <Link href="/sign-in" className="underline">
            Go to sign-in
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Set your password">
      <p className="mb-6">
        For <strong>{link.email}</strong>. This link works once.
      </p>
      <SetPasswordForm token={token} minLength={passwordLength.min} setPasswordAction={setPasswordFromForm} />
    </AuthCard>
  );
}
