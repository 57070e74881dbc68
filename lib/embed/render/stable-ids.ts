// recharts numbers its clip-path ids from a process-wide counter ("recharts31-clip",
// "clipPath-recharts-bar-33"), so the same chart drawn twice differs, and so would its ETag. The
// embed renames them, in order of first appearance, under the panel's own prefix.
export function stableRechartsIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  return svg.replace(/recharts(?:-bar-)?\d+/g, (id) => {
    if (!names.has(id)) names.set(id, `${prefix}-r${names.size}`);
    return names.get(id)!;
  });
}
