"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isSameOriginAction } from "@/lib/auth/action-guard";
import { auth } from "@/lib/auth/auth";

/** Deletes this session's row and its cookie (Better Auth's nextCookies plugin writes the expiry). */
export async function signOutAction(): Promise<never> {
  // Another site cannot sign an editor out: the refusal goes back to the editors' area, unchanged.
  if (!(await isSameOriginAction())) redirect("/admin");
  await auth().api.signOut({ headers: await headers() });
  redirect("/sign-in?signedOut=1");
}
