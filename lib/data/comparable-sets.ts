// Which headline figures may be added up. Claims that differ in kind (a public commitment, a
// private investment intention, a mobilisation target, a cost estimate), in shape (a floor, a
// ceiling, a stated figure or range) or in subject (the caller groups one metric and unit at a
// time) are never added: each comparable set gets its own total, shown as a range with its members
// listed, and a set of one is that program's figure alone.
import type { MoneyFigure, ValueShape } from "@/lib/money";

export type ShapeClass = "floor" | "ceiling" | "stated";

// Every shape is classed here (a new one fails the type check until it is); unstated figures have no class.
const shapeClasses: Record<ValueShape, ShapeClass | null> = {
  exact: "stated",
  approximate: "stated",
  range: "stated",
  at_least: "floor",
  up_to: "ceiling",
  unstated: null,
};

export function shapeClassOf(shape: ValueShape): ShapeClass | null {
  return shapeClasses[shape];
}

const shapeWords: Record<ShapeClass, string> = {
  floor: "floors (“more than”)",
  ceiling: "ceilings (“up to”)",
  stated: "stated figures or ranges",
};

export type MoneyKindClass = "public" | "private" | "target" | "estimate";

export function moneyKindClassOf(kind: string): MoneyKindClass {
  if (kind === "private_investment") return "private";
  if (kind === "mobilisation_target") return "target";
  if (kind === "estimate") return "estimate";
  return "public";
}

const moneyKindWords: Record<MoneyKindClass, string> = {
  public: "public commitments (pledged, committed, appropriated, contracted, spent or offered in a call)",
  private: "private investment intentions",
  target: "mobilisation targets",
  estimate: "cost estimates",
};

export type Grouped<T> = { key: string; kindWords: string; shapeWords: string; items: T[] };

/** Items grouped by kind class and shape class, in first-seen order; unstated figures are left out. */
export function groupComparable<T>(
  items: T[],
  kindOf: (item: T) => { key: string; words: string },
  shapeOf: (item: T) => MoneyFigure["shape"],
): Grouped<T>[] {
  const groups = new Map<string, Grouped<T>>();
  for (const item of items) {
    const shape = shapeClassOf(shapeOf(item));
    if (!shape) continue;
    const kind = kindOf(item);
    const key = `${kind.key}:${shape}`;
    const group = groups.get(key) ?? { key, kindWords: kind.words, shapeWords: shapeWords[shape], items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export const moneyKind = (kind: string) => {
  const key = moneyKindClassOf(kind);
  return { key, words: moneyKindWords[key] };
};

/** A total of floors is a floor and a total of ceilings a ceiling: the total says so. */
export function boundWords(key: string, text: string): string {
  if (key.endsWith(":floor")) return `more than ${text}`;
  if (key.endsWith(":ceiling")) return `up to ${text}`;
  return text;
}

/** Why a set's members may be added, or why a figure stands alone: printed under each set. */
export function whyComparable(group: Grouped<unknown>, subject: string): string {
  if (group.items.length === 1) {
    return `Shown alone: no other program's headline ${subject} is of the same kind (${group.kindWords}) and shape (${group.shapeWords}).`;
  }
  return (
    `All ${group.items.length} are ${group.kindWords}, stated as ${group.shapeWords}, for the same quantity (${subject}): ` +
    "adding them mixes no kinds, shapes or subjects."
  );
}
