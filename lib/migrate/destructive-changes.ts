// A migration that can lose data or weaken the audit log ships only with an explicit approval
// marker in its migration.sql (checklist #42): `-- atlas:approve-destructive: <reason>`.
//
// Flagged: DROP TABLE/COLUMN/TYPE/SCHEMA/DATABASE/OWNED, any DROP … CASCADE, ALTER COLUMN … TYPE,
// RENAME of a table, column or enum value, TRUNCATE, every DELETE (a WHERE does not make it safe:
// `WHERE true` would pass a "no WHERE" rule), and anything that touches the audit log's guard
// (a trigger on audit_event dropped or disabled, its function replaced or dropped,
// session_replication_role, which silences triggers).
// Not flagged: DROP INDEX, DROP CONSTRAINT, DROP DEFAULT/NOT NULL, index and constraint renames,
// UPDATE. They lose no stored data, and Prisma writes them routinely when an index or relation
// changes; a reviewer reads them in the diff like any other change.
import { type Statement, sqlCode, statementsOf } from "./sql-code";

export type DestructiveChange = { rule: string; line: number; statement: string };

export type MigrationVerdict =
  { ok: true; changes: DestructiveChange[]; approvedBecause?: string } | { ok: false; changes: DestructiveChange[]; problem: string };

type Rule = { name: string; test(statement: string): boolean };

const ident = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const auditTable = /(^|[\s."])audit_event("|\s|$)/i;
const auditGuard = /audit_event_append_only/i;

// What may follow DROP inside ALTER TABLE without dropping a column.
const harmlessAlterDrop = /^(CONSTRAINT|DEFAULT|NOT\s+NULL|IDENTITY|EXPRESSION)\b/i;

// Where a statement starts: the beginning, or inside a DO block or function body after a keyword.
const start = String.raw`(?:^|\b(?:BEGIN|THEN|ELSE|LOOP|DO)\s+)`;
const startsWith = (pattern: string) => new RegExp(`${start}${pattern}`, "i");

const rules: Rule[] = [
  { name: "DROP TABLE", test: (s) => startsWith(String.raw`DROP\s+(FOREIGN\s+)?TABLE\b`).test(s) },
  { name: "DROP TYPE", test: (s) => startsWith(String.raw`DROP\s+(TYPE|DOMAIN)\b`).test(s) },
  { name: "DROP SCHEMA", test: (s) => startsWith(String.raw`DROP\s+(SCHEMA|DATABASE|OWNED)\b`).test(s) },
  { name: "DROP … CASCADE", test: (s) => startsWith(String.raw`DROP\b.*\bCASCADE\b`).test(s) },
  { name: "DROP COLUMN", test: (s) => isAlterTable(s) && alterTableDrops(s).some((rest) => !harmlessAlterDrop.test(rest)) },
  {
    name: "ALTER COLUMN … TYPE",
    test: (s) => isAlterTable(s) && new RegExp(String.raw`\bALTER\s+(COLUMN\s+)?${ident}\s+(SET\s+DATA\s+)?TYPE\b`, "i").test(s),
  },
  {
    name: "RENAME",
    test: (s) =>
      (isAlterTable(s) && /\bRENAME\b(?!\s+CONSTRAINT\b)/i.test(s)) || startsWith(String.raw`ALTER\s+TYPE\b.*\bRENAME\b`).test(s),
  },
  { name: "TRUNCATE", test: (s) => startsWith(String.raw`TRUNCATE\b`).test(s) },
  { name: "DELETE", test: (s) => /(^|\s)DELETE\s+FROM\b/i.test(s) },
  { name: "audit log guard", test: (s) => touchesAuditGuard(s) },
];

function isAlterTable(statement: string): boolean {
  return startsWith(String.raw`ALTER\s+(FOREIGN\s+)?TABLE\b`).test(statement);
}

/** The text after each DROP in an ALTER TABLE statement's actions. */
function alterTableDrops(statement: string): string[] {
  return [...statement.matchAll(/\bDROP\s+/gi)].map((m) => statement.slice((m.index ?? 0) + m[0].length));
}

function touchesAuditGuard(s: string): boolean {
  if (/\bsession_replication_role\b/i.test(s)) return true;
  if (startsWith(String.raw`DROP\s+TRIGGER\b`).test(s) && auditTable.test(s)) return true;
  if (isAlterTable(s) && auditTable.test(s) && /\b(DISABLE|ENABLE\s+(REPLICA|ALWAYS))\s+TRIGGER\b/i.test(s)) return true;
  if (auditGuard.test(s) && !/^CREATE\s+(FUNCTION|TRIGGER)\b/i.test(s)) return true;
  return false;
}

/** Every destructive statement in a migration.sql, comments and string literals ignored. */
export function findDestructiveChanges(sql: string): DestructiveChange[] {
  return statementsOf(sqlCode(sql)).flatMap(({ text, line }: Statement) => {
    const hit = rules.find((rule) => rule.test(text));
    return hit ? [{ rule: hit.name, line, statement: text.length > 120 ? `${text.slice(0, 117)}...` : text }] : [];
  });
}

const marker = /^[ \t]*--[ \t]*atlas:approve-destructive:(.*)$/im;
export const APPROVAL_MARKER = "-- atlas:approve-destructive: <reason>";

/** A migration passes when it is not destructive, or carries the marker with a reason. */
export function checkMigration(sql: string): MigrationVerdict {
  const changes = findDestructiveChanges(sql);
  const approval = marker.exec(sql);
  const reason = approval?.[1]?.trim() ?? "";
  if (changes.length === 0) return { ok: true, changes };
  if (approval && reason && reason !== "<reason>") return { ok: true, changes, approvedBecause: reason };
  const found = changes.map((c) => `line ${c.line}: ${c.rule}: ${c.statement}`).join("\n  ");
  const problem = approval
    ? `its approval marker gives no reason (write ${APPROVAL_MARKER})`
    : `it needs a reviewed approval marker: ${APPROVAL_MARKER}`;
  return { ok: false, changes, problem: `is destructive and ${problem}\n  ${found}` };
}

/** The migrations (by name) that are destructive without approval, with what is wrong. */
export function unapprovedDestructive(files: Array<{ name: string; sql: string }>): string[] {
  return files.flatMap((file) => {
    const verdict = checkMigration(file.sql);
    return verdict.ok ? [] : [`Migration ${file.name} ${verdict.problem}`];
  });
}
