// When `npm run db:seed:scale` refuses to run: its 1,000 programs are fabricated, so they must not
// land in production or beside real programs by mistake. `--yes-fabricated-data` overrides both.
import { programConfigs } from "../lib/seed/program-config";

export const overrideFlag = "--yes-fabricated-data";

const seededSlugs = new Set(Object.values(programConfigs).map((config) => config.slug));

/** Before touching the database: the reason to stop, or null. */
export function environmentRefusal(nodeEnv: string | undefined, args: readonly string[]): string | null {
  if (args.includes(overrideFlag) || nodeEnv !== "production") return null;
  return `NODE_ENV is production and the dataset is fabricated. Pass ${overrideFlag} if you really mean it.`;
}

/**
 * With the database's program slugs: the reason to stop, or null. A database holding only the five
 * seeded programs, or the dataset already (generated-0), is safe; any other program may be real.
 */
export function databaseRefusal(slugs: readonly string[], args: readonly string[]): string | null {
  if (args.includes(overrideFlag) || slugs.includes("generated-0")) return null;
  const others = slugs.filter((slug) => !seededSlugs.has(slug));
  if (others.length === 0) return null;
  const named = others.slice(0, 3).join(", ") + (others.length > 3 ? ", …" : "");
  return (
    `the database holds ${others.length} program(s) besides the seeded ones (${named}), which may be real; ` +
    `the dataset's 1,000 programs are fabricated. Pass ${overrideFlag} to load them anyway.`
  );
}
