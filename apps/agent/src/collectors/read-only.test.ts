import { readdir } from "node:fs/promises";
import { ENGINE_KINDS } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { checkReadOnly } from "./read-only-check.ts";
import { ENGINES } from "./registry.ts";
import { isStatement, type Statement } from "./sql.ts";

async function statementsOf(engine: string): Promise<[string, Statement][]> {
  const module: Record<string, unknown> = await import(`./${engine}/queries.ts`);
  return Object.entries(module).filter((entry): entry is [string, Statement] =>
    isStatement(entry[1]),
  );
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

  it("queries.ts exports nothing but statements", async () => {
    for (const engine of engineDirs) {
      const module: Record<string, unknown> = await import(`./${engine}/queries.ts`);
      for (const [name, value] of Object.entries(module)) {
        expect({ engine, name, isStatement: isStatement(value) }).toMatchObject({
          isStatement: true,
        });
      }
    }
  });
});
