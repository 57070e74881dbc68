import type { PrismaClient } from "@/lib/prisma-client";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { first } from "@/lib/dashboard/search-params";
import { isCleanText } from "@/lib/schemas/fields";
import { visibleProgram } from "./visibility";

export type ProgramName = { slug: string; name: string };

/** At most this many programs answer one search: the picker lists them under its box. */
export const programSearchLimit = 20;

/** A search's answer: its first matches, and whether more programs match than those (the reader should type more). */
export type ProgramSearch = { names: ProgramName[]; more: boolean };

/**
 * The program picker's search (its API route and, without JavaScript, the page itself): visible
 * programs whose name or slug contains `text`, in any case, by name. One query, whatever their number.
 */
export async function searchProgramNames(db: PrismaClient, text: string, knownBy: KnownBy): Promise<ProgramSearch> {
  // Nothing searched (a page without `find`): nothing found, and no query.
  if (!text.trim()) return { names: [], more: false };
  // Prisma hands `contains` to LIKE as it is: `%`, `_` and `\` must match themselves, not any text.
  const contains = { contains: text.trim().replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } as const;
  // One more than shown: whether there are more is known without counting them all.
  const found = await db.program.findMany({
    where: { AND: [visibleProgram(knownBy), { OR: [{ name: contains }, { slug: contains }] }] },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    take: programSearchLimit + 1,
    select: { slug: true, name: true },
  });
  return { names: found.slice(0, programSearchLimit), more: found.length > programSearchLimit };
}

/** What a picker lists: of every program (kept in their order), those in any of these slug lists. */
export function listedPrograms(all: readonly ProgramName[], ...slugs: readonly (readonly string[])[]): ProgramName[] {
  const wanted = new Set(slugs.flat());
  return all.filter((program) => wanted.has(program.slug)).map(({ slug, name }) => ({ slug, name }));
}

/**
 * The `find` field of a page's query (the picker's search without JavaScript), trimmed; "" when absent
 * or when it holds control characters (PostgreSQL text cannot hold NUL: the page would fail).
 */
export function findText(query: Record<string, string | string[] | undefined>): string {
  const text = first(query.find)?.trim().slice(0, 100) ?? "";
  return isCleanText(text) ? text : "";
}

/** A page's address with the searched text kept (the no-JavaScript search survives the canonical redirect). */
export function withFind(href: string, text: string): string {
  if (!text) return href;
  return `${href}${href.includes("?") ? "&" : "?"}${new URLSearchParams({ find: text })}`;
}
