import { ownValue } from "@/lib/own-value";
import { signInFailedMessage } from "./policy";
import { signInExpiredMessage } from "./two-factor/messages";

const errors: Record<string, string> = {
  signin: signInFailedMessage,
  busy: "Too many sign-in attempts from your network. Wait a minute, then try again.",
  expired: signInExpiredMessage,
};
const notices: Record<string, string> = {
  signedOut: "You are signed out.",
  passwordSet: "Your password is set. Sign in with it now.",
};

/** The sign-in page's messages from its query string; unknown values (even "constructor") show nothing. */
export function signInMessages(params: Record<string, string | string[] | undefined>) {
  const error = ownValue(errors, params.error) ?? null;
  const notice = Object.keys(notices).find((key) => params[key] !== undefined);
  return { error, notice: notice ? notices[notice]! : null };
}
