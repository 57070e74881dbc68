// The pending sign-in's cookie: __Host- (Secure, Path=/, no Domain), HttpOnly, SameSite=Strict,
// gone after 5 minutes like the row it names.
import { pendingCookieName, pendingPolicy } from "./pending-sign-in";

type CookieContext = {
  setCookie: (
    name: string,
    value: string,
    options: { secure: boolean; httpOnly: boolean; sameSite: "strict"; path: string; maxAge: number },
  ) => unknown;
  getCookie: (name: string) => string | null;
};

export function setPendingCookie(ctx: CookieContext, token: string): void {
  ctx.setCookie(pendingCookieName, token, { secure: true, httpOnly: true, sameSite: "strict", path: "/", maxAge: pendingPolicy.seconds });
}

export function clearPendingCookie(ctx: CookieContext): void {
  ctx.setCookie(pendingCookieName, "", { secure: true, httpOnly: true, sameSite: "strict", path: "/", maxAge: 0 });
}

export function pendingToken(ctx: CookieContext): string | null {
  return ctx.getCookie(pendingCookieName);
}
