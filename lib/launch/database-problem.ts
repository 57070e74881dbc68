// Turns a failed connection into one sentence a newcomer can act on (no stack, no password).
type PgError = { code?: string; message?: string };

export function describeConnectionProblem(url: string, error: unknown): string {
  const { hostname, port, pathname } = new URL(url);
  const where = `${hostname}:${port || "5432"}`;
  const database = decodeURIComponent(pathname.replace(/^\//, "")) || "postgres";
  const { code, message } = (error ?? {}) as PgError;
  switch (code) {
    case "ECONNREFUSED":
      return (
        `Cannot reach PostgreSQL at ${where}: the connection was refused. Is the server running, or ` +
        `unset DATABASE_URL to use the embedded database?`
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL: the host "${hostname}" in DATABASE_URL was not found.`;
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return `Cannot reach PostgreSQL at ${where}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `PostgreSQL at ${where} has no database named "${database}"; create it first.`;
    default:
      return `Cannot use PostgreSQL at ${where}: ${firstLine(message) ?? "unknown error"}.`;
  }
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split("\n")[0]?.replace(/postgres(ql)?:\/\/\S+/g, "<DATABASE_URL>");
}
