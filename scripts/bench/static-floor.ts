// The floor each bench:load target is compared with: a file of the production build's static
// output (/_next/static/…, served by the same server from disk) of about the target's size, so a
// ratio compares serving the same number of bytes.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export type StaticFile = { path: string; size: number };

export function builtStaticFiles(root = ".next/static"): StaticFile[] {
  const files: StaticFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(entry.name))
        files.push({ path: `/_next/static/${path.relative(root, full).split(path.sep).join("/")}`, size: statSync(full).size });
    }
  };
  walk(root);
  return files;
}

/** The file whose size is nearest to `bytes` (by ratio, so 10 KB is as far from 20 KB as 40 KB is). */
export function closestInSize(files: StaticFile[], bytes: number): StaticFile {
  const distance = (file: StaticFile) => Math.abs(Math.log(Math.max(file.size, 1) / Math.max(bytes, 1)));
  const best = [...files].sort((a, b) => distance(a) - distance(b))[0];
  if (!best) throw new Error("no static files in .next/static: run `npm run build` first");
  return best;
}
