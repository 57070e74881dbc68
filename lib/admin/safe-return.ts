// Where a button sends the editor back to after acting: an admin path of ours, never another site
// (an open redirect) and never a protocol-relative "//host" address.
export function safeReturnPath(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  return /^\/admin(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_=&\-]*)?$/.test(value) && !value.includes("//") ? value : fallback;
}
