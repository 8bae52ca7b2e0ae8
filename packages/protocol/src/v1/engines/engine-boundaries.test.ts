import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_KINDS } from "../engines.ts";

// Engines never import each other, at any layer (docs/adding-an-engine.md): an engine's folder is
// one named after an engine, directly under a layer's root or under an `engines/` folder.
const ROOT = resolve(import.meta.dirname, "../../../../..");
const LAYER_ROOTS = [
  "packages/protocol/src/v1/engines",
  "apps/agent/src/collectors",
  "apps/backend/src/engines",
  "packages/test-support/src",
  "apps/web/src/areas",
];
const ENGINES = new Set<string>(ENGINE_KINDS);

/** The engine whose folder holds `path` (relative to the repository), if any. */
function engineOf(path: string): string | undefined {
  const parts = path.split("/");
  for (let i = 1; i < parts.length - 1; i++) {
    const parent = parts.slice(0, i).join("/");
    const name = parts[i] as string;
    if (ENGINES.has(name) && (LAYER_ROOTS.includes(parent) || parts[i - 1] === "engines"))
      return name;
  }
  return undefined;
}

function sourceFiles(): string[] {
  return LAYER_ROOTS.flatMap((root) =>
    readdirSync(join(ROOT, root), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !f.includes("node_modules"))
      .map((f) => `${root}/${f}`),
  );
}

const IMPORT = /(?:from|import)\s*\(?\s*["'](\.[^"']*)["']/g;

describe("engine folders", () => {
  it("are recognised by name at every layer", () => {
    expect(engineOf("apps/agent/src/collectors/redis/connect.ts")).toBe("redis");
    expect(engineOf("apps/web/src/areas/query-explorer/engines/postgres/a/b.tsx")).toBe("postgres");
    expect(engineOf("apps/agent/src/collectors/registry.ts")).toBeUndefined();
    expect(engineOf("apps/backend/src/services/postgres/x.ts")).toBeUndefined();
  });

  it("never import another engine's folder", () => {
    const files = sourceFiles().filter((f) => engineOf(f) !== undefined);
    expect(new Set(files.map(engineOf)).size).toBeGreaterThanOrEqual(2);
    const crossings: string[] = [];
    for (const file of files) {
      const own = engineOf(file);
      for (const [, spec] of readFileSync(join(ROOT, file), "utf8").matchAll(IMPORT)) {
        const target = relative(ROOT, resolve(ROOT, dirname(file), spec as string));
        const other = engineOf(`${target}/x`) ?? engineOf(target);
        if (other && other !== own) crossings.push(`${file} imports ${spec}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
