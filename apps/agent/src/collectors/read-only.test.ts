import { readdir } from "node:fs/promises";
import { ENGINE_KINDS } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { checkReadOnly } from "./read-only-check.ts";
import { ENGINES } from "./registry.ts";
import { isStatement, type Statement } from "./sql.ts";

/** An engine's statements live in `queries.ts` and, when it grows, `queries-<area>.ts`. */
async function queryModules(engine: string): Promise<Record<string, unknown>[]> {
  const files = (await readdir(new URL(`./${engine}/`, import.meta.url))).filter((f) =>
    /^queries(-[a-z-]+)?\.ts$/.test(f),
  );
  return Promise.all(files.map((f) => import(`./${engine}/${f}`)));
}

async function statementsOf(engine: string): Promise<[string, Statement][]> {
  return (await queryModules(engine))
    .flatMap((module) => Object.entries(module))
    .filter((entry): entry is [string, Statement] => isStatement(entry[1]));
}

const engineDirs = (await readdir(new URL(".", import.meta.url), { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("the read-only rule", () => {
  it("every engine folder is a registered engine", () => {
    for (const dir of engineDirs) expect(ENGINE_KINDS).toContain(dir);
  });

  it("every available engine has statements in its queries.ts", async () => {
    for (const kind of ENGINE_KINDS) {
      if (ENGINES[kind] === null) continue;
      expect(engineDirs).toContain(kind);
      expect((await statementsOf(kind)).length).toBeGreaterThan(0);
    }
  });

  it.each(engineDirs)("%s: every statement only reads allowlisted catalogs", async (engine) => {
    for (const [name, statement] of await statementsOf(engine)) {
      expect({ name, problems: checkReadOnly(statement.text) }).toEqual({ name, problems: [] });
    }
  });

  it("queries files export nothing but statements", async () => {
    for (const engine of engineDirs) {
      for (const [name, value] of (await queryModules(engine)).flatMap(Object.entries)) {
        expect({ engine, name, isStatement: isStatement(value) }).toMatchObject({
          isStatement: true,
        });
      }
    }
  });
});
