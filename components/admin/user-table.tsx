import type { UserRowDto, UserStatus } from "@/lib/auth/users/list-users";
import type { UserFormAction } from "./form-parts";
import { UserRowActions } from "./user-row-actions";
import { ColumnHeadings } from "@/components/dashboard/scroll-table";

const statusText: Record<UserStatus, string> = {
  active: "Active",
  invited: "Invited (no password yet)",
  locked: "Locked (too many failed sign-ins)",
  disabled: "Disabled",
};

export function UserTable({ users, currentUserId, rowAction }: { users: UserRowDto[]; currentUserId: string; rowAction: UserFormAction }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Accounts</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <ColumnHeadings headings={["Account", "Role", "Status", "Actions"]} className="py-2 pr-4 last:pr-0" />
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-user={user.email} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="font-medium">{user.name}</span>
                <br />
                <span className="text-slate-700 dark:text-slate-300">{user.email}</span>
              </th>
              <td className="py-2 pr-4">{user.role}</td>
              <td className="py-2 pr-4">
                <span data-testid="user-status">{statusText[user.status]}</span>
                <br />
                <span className="text-slate-700 dark:text-slate-300" data-testid="user-two-factor">
                  {user.twoFactor ? "Two-factor on" : "Two-factor at next sign-in"}
                </span>
              </td>
              <td className="py-2">
                <UserRowActions user={user} isSelf={user.id === currentUserId} rowAction={rowAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
