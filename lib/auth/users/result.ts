// What a user-management action answers: never a thrown database error, never a secret except
// the one set-password link the admin must hand over.
export type FieldErrors = Partial<Record<string, string>>;

export type UserActionResult = { ok: true; message: string; linkPath?: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
