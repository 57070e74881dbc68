// Prisma's own schema engine, compiled to WebAssembly and shipped inside an npm package, driven
// through @prisma/adapter-pg. The CLI cannot download its native engine on these machines, but
// this one needs no download: we use it (dev and test only) to write migrations exactly as
// `prisma migrate dev` would and to check our history the way `prisma migrate status` does.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { CharAwareClient, restoreCharColumns } from "./char-columns";
import { defaultMigrationsDir, readMigrations } from "./migration-files";

const require = createRequire(import.meta.url);
const noFilters = { externalTables: [], externalEnums: [] };
export const schemaPath = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

type EngineModule = typeof import("@prisma/schema-engine-wasm") & { __wbg_set_wasm(exports: unknown): void };
let engineClass: Promise<EngineModule["SchemaEngine"]> | undefined;

async function loadEngineClass(): Promise<EngineModule["SchemaEngine"]> {
  // The package exports only its entry point, which expects a bundler; load its parts directly.
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule;
  const wasmPath = path.join(dir, "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(await readFile(wasmPath)), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return glue.SchemaEngine;
}

export async function withSchemaEngine<T>(
  url: string,
  run: (engine: SchemaEngine, schema: string) => Promise<T>,
  schemaText?: string,
): Promise<T> {
  engineClass ??= loadEngineClass();
  const schema = schemaText ?? (await readFile(schemaPath, "utf8"));
  const pool = new pg.Pool({ connectionString: url, Client: CharAwareClient });
  const adapter = bindMigrationAwareSqlAdapterFactory(restoreCharColumns(new PrismaPg(pool)));
  const engine = await (await engineClass).new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
  try {
    return await run(engine, schema);
  } finally {
    engine.free();
    await pool.end();
  }
}

/** SQL that would take the database at `url` to schema.prisma (or `schemaText`); empty when they match. */
export async function diffDatabaseToSchema(url: string, schemaText?: string): Promise<string> {
  return withSchemaEngine(
    url,
    async (engine, schema) => {
      const result = await engine.diff({
        // "schemaDatasource" means the live database behind the datasource: here, the adapter's.
        from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: path.dirname(schemaPath) },
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      return stripEmptyMigration(result.stdout ?? "");
    },
    schemaText,
  );
}

function stripEmptyMigration(script: string): string {
  return script.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}

/** What `prisma migrate status` would report about the database's history. */
export async function diagnoseHistory(url: string, dir = defaultMigrationsDir) {
  const files = await readMigrations(dir);
  return withSchemaEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: {
        baseDir: dir,
        lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
        shadowDbInitScript: "",
        migrationDirectories: files.map((f) => ({
          path: f.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: f.sql } },
        })),
      },
      optInToShadowDatabase: false,
      filters: noFilters,
    }),
  );
}
