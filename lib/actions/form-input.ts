// FormData → the nested object the shared schemas read. Input names are dotted paths
// ("fundingClaims.0.amountText"); numeric segments make arrays. Anything odd is dropped rather than
// trusted: Next's own $ACTION fields, files, prototype keys, absurd indices, depths and sizes.
const MAX_FIELDS = 2000;
const MAX_DEPTH = 6;
const MAX_INDEX = 999;
const MAX_NAME = 200;
const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);

type Node = Record<string, unknown> | unknown[];

function segmentsOf(name: string): Array<string | number> | null {
  if (name.length > MAX_NAME || name.startsWith("$ACTION")) return null;
  const parts = name.split(".");
  if (parts.length > MAX_DEPTH || parts.some((part) => part === "" || FORBIDDEN.has(part))) return null;
  const segments: Array<string | number> = [];
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      const index = Number(part);
      if (index > MAX_INDEX) return null;
      segments.push(index);
    } else segments.push(part);
  }
  return segments;
}

function childFor(next: string | number): Node {
  return typeof next === "number" ? [] : {};
}

function place(root: Record<string, unknown>, segments: Array<string | number>, value: string): void {
  let node: Node = root;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    // A path that treats an array as an object (or the reverse) is malformed: drop the field.
    if (Array.isArray(node) !== (typeof segment === "number")) return;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[segment] = value;
      return;
    }
    const existing = container[segment];
    if (existing === undefined) container[segment] = childFor(segments[i + 1]!);
    else if (typeof existing !== "object" || existing === null) return;
    node = container[segment] as Node;
  }
}

// Removing an item in the form renumbers the rest, but a crafted request may leave holes.
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, compact(child)]));
  }
  return value;
}

export function inputFromForm(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    if ((count += 1) > MAX_FIELDS) break;
    const segments = segmentsOf(name);
    if (segments === null || typeof segments[0] === "number") continue;
    place(root, segments, value);
  }
  return compact(root) as Record<string, unknown>;
}
