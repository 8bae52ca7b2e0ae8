import { catalogEngine, ENGINE_KINDS } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { byModule, moduleFromPath } from "./engine-modules.utils.ts";
import {
  ENGINE_AREAS,
  ENGINE_SUPPORT,
  engineList,
  enginesForArea,
  noTargetsTitle,
  roleText,
  supportsArea,
  unsupportedDescription,
  versionText,
} from "./engine-support.ts";

// Only the file names are read; nothing is imported.
const ENGINE_FOLDERS = Object.keys(import.meta.glob("../../areas/*/engines/*/index.tsx"));

function foldersOf(area: string): Set<string> {
  return new Set(
    ENGINE_FOLDERS.filter((path) => path.startsWith(`../../areas/${area}/`))
      .map(moduleFromPath)
      .filter((name) => name !== null),
  );
}

describe("engine support and the engine folders agree", () => {
  it.each(ENGINE_AREAS)(
    "%s has a folder for every engine that supports it, and no other",
    (area) => {
      const expected = new Set(enginesForArea(area).map((e) => ENGINE_SUPPORT[e]?.module));
      expect(foldersOf(area)).toEqual(expected);
    },
  );

  it("finds engine folders only in areas listed as engine areas", () => {
    const areas = new Set(ENGINE_FOLDERS.map((path) => path.split("/")[3]));
    expect([...areas].sort()).toEqual([...ENGINE_AREAS].sort());
  });

  it("shows each engine with the module of the catalog it reports with", () => {
    for (const engine of ENGINE_KINDS) {
      const support = ENGINE_SUPPORT[engine];
      if (support) expect(support.module).toBe(catalogEngine(engine));
    }
  });
});

describe("supportsArea", () => {
  it("follows the record", () => {
    expect(supportsArea("postgres", "activity-explorer")).toBe(true);
    expect(supportsArea("postgres", "query-explorer")).toBe(true);
    expect(supportsArea("valkey", "query-explorer")).toBe(true);
    expect(supportsArea("mongodb", "database-explorer")).toBe(false);
  });
});

describe("texts", () => {
  it("lists engines with a conjunction", () => {
    expect(engineList([])).toBe("");
    expect(engineList(["redis"])).toBe("Redis");
    expect(engineList(["postgres", "redis", "valkey"])).toBe("PostgreSQL, Redis or Valkey");
    expect(engineList(["redis", "valkey"], "and")).toBe("Redis and Valkey");
  });

  it("names the engines an area waits for", () => {
    expect(noTargetsTitle("database-explorer")).toBe("No PostgreSQL, Redis or Valkey targets yet");
    expect(noTargetsTitle("query-explorer")).toBe("No PostgreSQL, Redis or Valkey targets yet");
  });

  it("says which engines an area shows instead", () => {
    expect(unsupportedDescription("query-explorer", "mongodb")).toBe(
      "The Query Explorer does not show MongoDB targets yet; it shows PostgreSQL, Redis and Valkey targets.",
    );
  });
});

describe("versionText", () => {
  it("keeps the name and number of a long version string", () => {
    expect(versionText("postgres", "PostgreSQL 18.1 on x86_64-pc-linux-gnu, compiled by gcc")).toBe(
      "PostgreSQL 18.1",
    );
    expect(versionText("postgres", "PostgreSQL 16.4, compiled by Visual C++")).toBe(
      "PostgreSQL 16.4",
    );
    expect(versionText("valkey", "Valkey 8.0.1")).toBe("Valkey 8.0.1");
  });

  it("puts the engine's name before a bare number", () => {
    expect(versionText("redis", "7.0.15")).toBe("Redis 7.0.15");
    expect(versionText("valkey", "8.0.1")).toBe("Valkey 8.0.1");
  });

  it("keeps text it cannot read, and has nothing for no version", () => {
    expect(versionText("postgres", "custom build")).toBe("custom build");
    expect(versionText("redis", null)).toBeNull();
    expect(versionText("redis", " ")).toBeNull();
  });
});

describe("roleText", () => {
  it("uses the engine's word for a replica", () => {
    expect(roleText("postgres", "replica")).toBe("standby");
    expect(roleText("redis", "replica")).toBe("replica");
    expect(roleText("redis", "primary")).toBe("primary");
    expect(roleText("redis", null)).toBe("–");
  });
});

describe("engine module paths", () => {
  it("reads the module from a glob path", () => {
    expect(moduleFromPath("./engines/redis/index.tsx")).toBe("redis");
    expect(moduleFromPath("../../areas/a/engines/postgres/index.tsx")).toBe("postgres");
    expect(moduleFromPath("./engines/redis/panel.tsx")).toBeNull();
  });

  it("keys glob results by module", () => {
    const map = byModule({ "./engines/a/index.tsx": 1, "./engines/b/index.tsx": 2, "./x.tsx": 3 });
    expect([...map]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});
