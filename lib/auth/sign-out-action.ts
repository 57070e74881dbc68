"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";

/** Deletes this session's row and its cookie (Better Auth's nextCookies plugin writes the expiry). */
export async function signOutAction(): Promise<never> {
  await auth().api.signOut({ headers: await headers() });
  redirect("/sign-in?signedOut=1");
}
