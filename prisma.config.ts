// Prisma CLI configuration. The CLI's migrate commands need a native schema engine that these
// machines cannot download; migrations are applied by lib/migrate instead (see README).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Only `migrate`/`db` commands read this; `prisma generate` does not need a database.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/compute_atlas",
  },
});
