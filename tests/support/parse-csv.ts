// A small RFC 4180 reader, so tests read our CSV downloads independently of the library that wrote them.
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") {
      records.at(-1)!.push(field);
      field = "";
    } else if (!quoted && c === "\n") {
      records.at(-1)!.push(field);
      field = "";
      records.push([]);
    } else field += c;
  }
  const [header, ...rows] = records.filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}
