// Counting the SQL statements one request runs, from PostgreSQL's own log (log_statement = 'all'
// on the benchmark's databases): it sees every statement whatever client sent it, with no hook in
// the app. A statement is one "statement:" line (simple protocol) or one "execute" line (extended
// protocol, which node-postgres uses for parameterised queries); parse/bind are not logged.
import { openSync, readSync, closeSync, statSync } from "node:fs";

const statementLine = /\bLOG:\s+(?:statement|execute [^:]*):/;

export function countStatements(log: string): number {
  return log.split("\n").filter((line) => statementLine.test(line)).length;
}

export const logSize = (file: string) => statSync(file).size;

export function readLogFrom(file: string, offset: number): string {
  const length = logSize(file) - offset;
  if (length <= 0) return "";
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString("utf8");
}
