import { describe, expect, it } from "vitest";
import { backupTarget, defaultBackupFile, optionValue } from "../../../lib/backup/backup-plan";
import { assertToolCanDump, connectionFor, majorOfToolVersion, redactUrl } from "../../../lib/backup/pg-tools";

describe("pg tools", () => {
  it("moves the password out of the connection string into PGPASSWORD", () => {
    const { dbname, env } = connectionFor("postgresql://atlas:p%40ss%20word@db.internal:5432/atlas?sslmode=require");
    expect(dbname).toBe("postgresql://atlas@db.internal:5432/atlas?sslmode=require");
    expect(env.PGPASSWORD).toBe("p@ss word");
  });

  it("masks the password in messages", () => {
    expect(redactUrl("postgresql://atlas:secret@db:5432/atlas")).toBe("postgresql://atlas:*****@db:5432/atlas");
    expect(redactUrl("postgresql://atlas@db/atlas")).toBe("postgresql://atlas@db/atlas");
    expect(redactUrl("not a url with secret")).not.toContain("secret");
  });

  it("reads the major version and refuses a pg_dump older than the server", () => {
    expect(majorOfToolVersion("pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)\n")).toBe(15);
    expect(() => assertToolCanDump("pg_dump", 15, 15)).not.toThrow();
    expect(() => assertToolCanDump("pg_dump", 17, 15)).not.toThrow();
    expect(() => assertToolCanDump("pg_dump", 15, 17)).toThrow(
      /pg_dump is PostgreSQL 15 but the server is PostgreSQL 17: a dump needs pg_dump 17 or newer/,
    );
  });
});

describe("backup plan", () => {
  it("backs up what the app uses: DATABASE_URL, else the embedded directory", () => {
    expect(backupTarget({ DATABASE_URL: "postgresql://a@b/c", ATLAS_DATA_DIR: ".data" })).toEqual({
      kind: "postgres",
      url: "postgresql://a@b/c",
    });
    expect(backupTarget({ DATABASE_URL: undefined, ATLAS_DATA_DIR: "/srv/atlas" })).toEqual({
      kind: "embedded",
      dataDir: "/srv/atlas/pglite",
    });
  });

  it("names backups by kind and time", () => {
    const at = new Date("2026-11-21T10:57:03.123Z");
    expect(defaultBackupFile({ kind: "postgres", url: "x" }, at)).toBe("backups/atlas-20261121T105703Z.dump");
    expect(defaultBackupFile({ kind: "embedded", dataDir: "x" }, at)).toBe("backups/atlas-20261121T105703Z.pglite.tar.gz");
    expect(optionValue(["--out", "a.dump"], "--out")).toBe("a.dump");
    expect(optionValue([], "--out")).toBeUndefined();
    expect(() => optionValue(["--out"], "--out")).toThrow(/needs a value/);
  });
});
