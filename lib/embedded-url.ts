// How a client recognises the embedded database's address, without importing PGlite (this module is
// bundled into the app; lib/embedded-db.ts is not).

/** The application_name every embedded-database URL carries (lib/embedded-db.ts writes it). */
export const embeddedApplicationName = "compute-atlas-embedded";

/**
 * True for an address of the embedded database. Its socket server interleaves extended-protocol
 * messages from concurrent connections (electric-sql/pglite#1046): one connection's Bind can meet
 * another's Parse, which fails or, worse, answers with another query's rows. So its clients get one
 * connection (lib/prisma-client.ts). Safe because no code queries outside an open transaction while
 * it holds the connection (every `$transaction` body uses only its `tx`).
 */
export function isEmbeddedUrl(connectionString: string): boolean {
  try {
    return new URL(connectionString).searchParams.get("application_name") === embeddedApplicationName;
  } catch {
    return false;
  }
}
