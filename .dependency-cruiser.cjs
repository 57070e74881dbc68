// Folder-level import cycles in lib/ are errors (`npm run lint`). Basic types live in lib/core, which imports no other
// lib/ folder; the layering that keeps the rest acyclic is written down in README.md ("Layout").
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycle",
      comment: "Two lib/ folders that import each other (directly or round a loop) cannot be understood or moved one at a time.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-imports-no-feature",
      comment: "lib/core holds the basic types every layer uses; it may import only the generated Prisma client and lib/ root files.",
      severity: "error",
      from: { path: "^lib/core/" },
      to: { path: "^lib/[^/]+/", pathNot: "^lib/(core|generated)/" },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    includeOnly: "^lib/",
    exclude: { path: "^lib/generated/" },
  },
};
