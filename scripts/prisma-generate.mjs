// Runs `prisma generate` offline. Prisma 7's CLI insists that a schema-engine binary exists even
// though generate never runs it, and it cannot download one here; any existing file satisfies
// the check (see DESIGN.md, environment facts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
