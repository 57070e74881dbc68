// ESLint flat config: Next's core-web-vitals and TypeScript rule sets. Every rule changed here says why.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "coverage/**"]),
  {
    rules: {
      // `_name` marks a value taken out on purpose (`const { secret: _secret, ...rest } = row`); catch bindings name what
      // is caught, and the ES5 scripts in public/ cannot use `catch {}`.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true, caughtErrors: "none" },
      ],
    },
  },
  {
    // `useSeededApi()`, `useTestDatabase()`: vitest set-up helpers that register hooks, not React hooks.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The embed document is a whole HTML page sent by a route handler, not a Next page: `next/head` does not apply.
    files: ["components/embed/embed-document.tsx"],
    rules: { "@next/next/no-head-element": "off" },
  },
  {
    // These set state once after mount on purpose: the server's HTML (what a reader without JavaScript keeps) must
    // differ from the enhanced one until hydration, and a focus request is cleared once the focus has moved.
    files: [
      "components/admin/announcement-form.tsx",
      "components/admin/repeatable-section.tsx",
      "components/share/embed-dialog.tsx",
      "components/admin/edit/record-form.tsx",
    ],
    rules: { "react-hooks/set-state-in-effect": "off" },
  },
]);
