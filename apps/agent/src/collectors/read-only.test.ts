import { readdir } from "node:fs/promises";
import { ENGINE_KINDS, type EngineKind } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { ENGINES } from "./registry.ts";
import type { EngineCollectors } from "./types.ts";

/** An engine's statements live in `queries.ts` and, when it grows, `queries-<area>.ts`. */
async function queryModules(dir: string): Promise<Record<string, unknown>[]> {
  const files = (await readdir(new URL(`./${dir}/`, import.meta.url))).filter((f) =>
    /^queries(-[a-z-]+)?\.ts$/.test(f),
  );
  return Promise.all(files.map((f) => import(`./${dir}/${f}`)));
}

const exportsOf = async (dir: string) => (await queryModules(dir)).flatMap(Object.entries);

const engineDirs = (await readdir(new URL(".", import.meta.url), { withFileTypes: true }))
  .filter((d) => d.isDirectory() && d.name !== "conformance")
  .map((d) => d.name);

/** Engine folders by the folder name; several kinds may share one module (valkey → redis). */
const modules = new Map<string, EngineCollectors>();
for (const kind of ENGINE_KINDS) {
  const engine: EngineCollectors | null = ENGINES[kind];
  if (engine && engineDirs.includes(kind)) modules.set(kind, engine);
}

describe("the read-only rule", () => {
  it("every engine folder is a registered engine with collectors", () => {
    for (const dir of engineDirs) {
      expect(ENGINE_KINDS).toContain(dir);
      expect(modules.has(dir)).toBe(true);
    }
  });

  it("every available engine is served by an engine folder", () => {
    const served = new Set(modules.values());
    for (const kind of ENGINE_KINDS) {
      const engine: EngineCollectors | null = ENGINES[kind as EngineKind];
      if (engine) expect({ kind, served: served.has(engine) }).toEqual({ kind, served: true });
    }
  });

  it.each([...modules.keys()])("%s: queries files export only its own statements", async (dir) => {
    const policy = modules.get(dir)?.readOnly;
    const entries = await exportsOf(dir);
    expect(entries.length).toBeGreaterThan(0);
    for (const [name, value] of entries) {
      expect({ name, isStatement: policy?.isStatement(value) }).toEqual({
        name,
        isStatement: true,
      });
    }
  });

  it.each([...modules.keys()])(
    "%s: every statement keeps the engine's read-only policy",
    async (dir) => {
      const policy = modules.get(dir)?.readOnly;
      for (const [name, statement] of await exportsOf(dir)) {
        expect({ name, problems: policy?.check(statement) }).toEqual({ name, problems: [] });
      }
    },
  );
});
