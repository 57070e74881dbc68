// "Part of" in the guided form: a funding item may be part of another item of the same
// announcement, named by its position. Removing an item renumbers the rest, so references move too.
import { partOfItem, partOfItemIndex } from "@/lib/schemas/announcement-claims";
import type { FormValue, FormValues } from "./path-state";

/** The list after item `removed` is gone: parts of it are no longer parts, later references move up one. */
export function repointParts(items: readonly FormValue[], removed: number): FormValue[] {
  return items.map((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
    const index = partOfItemIndex((item as FormValues).parentId);
    if (index === null || index < removed) return item;
    return { ...item, parentId: index === removed ? "" : partOfItem(index - 1) };
  });
}
