// The guided form keeps what the editor typed as one nested object addressed by the same dotted
// paths as the inputs' names ("fundingClaims.0.amountText"). These helpers read and change it
// without mutating, so React sees every change.
export type FormValues = { [key: string]: FormValue };
export type FormValue = string | boolean | FormValues | FormValue[];

function keyOf(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

export function getAt(values: FormValue, path: string): FormValue | undefined {
  let node: FormValue | undefined = values;
  for (const segment of path.split(".")) {
    if (node === undefined || typeof node !== "object") return undefined;
    node = (node as Record<string | number, FormValue>)[keyOf(segment)];
  }
  return node;
}

/** The text at `path` ("" when absent), as an input's value. */
export function textAt(values: FormValue, path: string): string {
  const value = getAt(values, path);
  return typeof value === "string" ? value : "";
}

function copy(node: FormValue | undefined, nextSegment: string | number): FormValues | FormValue[] {
  if (Array.isArray(node)) return [...node];
  if (typeof node === "object" && node !== null) return { ...node };
  return typeof nextSegment === "number" ? [] : {};
}

export function setAt<T extends FormValue>(values: T, path: string, value: FormValue): T {
  const segments = path.split(".").map(keyOf);
  const update = (node: FormValue | undefined, index: number): FormValue => {
    const segment = segments[index]!;
    const next = copy(node, segment) as Record<string | number, FormValue>;
    const current = typeof node === "object" && node !== null ? (node as Record<string | number, FormValue>)[segment] : undefined;
    next[segment] = index === segments.length - 1 ? value : update(current, index + 1);
    return next as FormValue;
  };
  return update(values, 0) as T;
}

/** Appends `item` to the list at `path`. */
export function appendAt<T extends FormValue>(values: T, path: string, item: FormValue): T {
  const list = getAt(values, path);
  return setAt(values, path, [...(Array.isArray(list) ? list : []), item]);
}

/** Removes item `index` of the list at `path`; later items move up one place. */
export function removeAt<T extends FormValue>(values: T, path: string, index: number): T {
  const list = getAt(values, path);
  return setAt(values, path, Array.isArray(list) ? list.filter((_, i) => i !== index) : []);
}
