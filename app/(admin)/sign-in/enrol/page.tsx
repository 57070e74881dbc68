import type { Metadata } from "next";
import { AuthCard } from "@/components/admin/auth-card";
import { EnrolForm } from "@/components/admin/enrol-form";
import { pendingView } from "@/lib/auth/two-factor/page-state";
import { enrolFromForm } from "@/lib/actions/users";

export const dynamic = "force-dynamic";
// "same-origin": no referrer to other sites, and (unlike "no-referrer") a real Origin on the form post.
export const metadata: Metadata = { title: "Set up two-factor sign-in", referrer: "same-origin", robots: { index: false, follow: false } };

// No redirect here: after the action has enrolled the user, the page is rendered again without a
// pending sign-in, and the form must still show the recovery codes from the action's answer.
export default async function EnrolPage() {
  const pending = await pendingView();
  const view = pending?.step === "enrol" ? pending : null;
  return (
    <AuthCard title="Set up two-factor sign-in">
      <EnrolForm enrolAction={enrolFromForm} canEnrol={view !== null}>
        {view && (
          <>
            <p className="mb-4">
              Every sign-in to the editors&apos; area needs a code from an authenticator app on your phone (such as Aegis, FreeOTP, Google
              Authenticator or 1Password) as well as your password. Scan this QR code with the app:
            </p>
            <div
              role="img"
              aria-label={`QR code for the account ${view.email}`}
              className="mb-4 w-48 bg-white p-2"
              dangerouslySetInnerHTML={{ __html: view.qrSvg }}
            />
            <p className="mb-1">Or type this key into the app (time-based, 6 digits, 30 seconds):</p>
            <p className="font-mono text-lg" data-testid="totp-secret" data-secret={view.secret}>
              {view.groupedSecret}
            </p>
          </>
        )}
      </EnrolForm>
    </AuthCard>
  );
}
