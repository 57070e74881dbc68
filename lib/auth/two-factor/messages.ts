/** The one message for every refused code: no hint whether it was wrong, used, or the account is locked. */
export const codeFailedMessage =
  "That code did not work. Type the current code from your authenticator app, or one of your recovery codes.";

export const signInExpiredMessage = "Your sign-in expired or had too many wrong codes. Sign in again with your password.";
