import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when `dist` is missing or older than its sources. */
export function ensureWebBuilt(root: string): void {
  const web = join(root, "apps/web");
  let builtAt = 0;
  try {
    builtAt = statSync(join(web, "dist/index.html")).mtimeMs;
  } catch {}
  const sources = Math.max(
    newestMtime(join(web, "src")),
    newestMtime(join(web, "public")),
    statSync(join(web, "index.html")).mtimeMs,
  );
  if (builtAt > sources) return;
  console.log("Building the web app…");
  const result = spawnSync("npm", ["run", "build", "-w", "@logstag/web"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("the web app did not build; see the output above");
}
