import type { Metadata } from "next";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { UserTable } from "@/components/admin/user-table";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listUsers } from "@/lib/auth/users/list-users";
import { prisma } from "@/lib/db";
import { inviteUserFromForm, userRowFromForm } from "@/lib/actions/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("admin");
  const users = await listUsers(prisma(), actor);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Users</h1>
      <section aria-labelledby="invite-heading" className="mb-10">
        <h2 id="invite-heading" className="mb-2 text-lg font-semibold">
          Invite a user
        </h2>
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          No email is sent: you get a one-time link to give the person, valid for 72 hours, where they choose their password.
        </p>
        <InviteUserForm inviteAction={inviteUserFromForm} />
      </section>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="mb-2 text-lg font-semibold">
          Accounts
        </h2>
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Disabling signs the person out everywhere at once. A new set-password link also unlocks a locked account. Resetting two-factor
          (for a lost phone) signs the person out; they set up their app again at the next sign-in.
        </p>
        <UserTable users={users} currentUserId={actor.id} rowAction={userRowFromForm} />
      </section>
    </>
  );
}
