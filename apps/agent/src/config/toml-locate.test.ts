import { describe, expect, it } from "vitest";
import { formatKeyPath } from "./key-path.ts";
import { indexToml, locateKey } from "./toml-locate.ts";

const doc = `# Logstag agent
[agent]
name = "web-01"

[backend]
url = "http://127.0.0.1:8080"
api_key = "lsa_x"

[[targets]]
name = "orders-db"
engine = "postgres"
port = 5432

[targets.intervals]
high = "5s"

[[targets]]
name = "billing-db"
  port = "x" # indented
intervals = { high = "5s", medium = "1m" }
"quoted key" = 1
notes = """
fake = "not a key"
"""
after = true
[[ targets ]]
name = "third"
`;

describe("locateKey", () => {
  it.each([
    [["agent", "name"], 3, 1],
    [["backend", "api_key"], 7, 1],
    [["targets", 0], 9, 1],
    [["targets", 0, "port"], 12, 1],
    [["targets", 0, "intervals"], 14, 1],
    [["targets", 0, "intervals", "high"], 15, 1],
    [["targets", 1, "name"], 18, 1],
    [["targets", 1, "port"], 19, 3],
    [["targets", 1, "intervals", "medium"], 20, 28],
    [["targets", 1, "quoted key"], 21, 1],
    [["targets", 1, "after"], 25, 1],
    [["targets", 2, "name"], 27, 1],
  ] as const)("%j is at line %i column %i", (path, line, column) => {
    expect(locateKey(doc, path)).toEqual({ line, column });
  });

  it("falls back to the closest written ancestor", () => {
    expect(locateKey(doc, ["targets", 1, "host"])?.line).toBe(17);
    expect(locateKey(doc, ["targets", 0, "intervals", "low"])?.line).toBe(14);
  });

  it("does not index keys inside multi-line strings", () => {
    expect(indexToml(doc).has("targets[1].fake")).toBe(false);
  });

  it("knows nothing of paths that are not written", () => {
    expect(locateKey(doc, ["intervals", "high"])).toBeUndefined();
    expect(locateKey(doc, [])).toBeUndefined();
  });

  it("supports dotted keys", () => {
    expect(
      locateKey('[[targets]]\nintervals.high = "5s"\n', ["targets", 0, "intervals", "high"]),
    ).toEqual({
      line: 2,
      column: 1,
    });
  });
});

it("formats key paths the way the config errors print them", () => {
  expect(formatKeyPath(["targets", 1, "port"])).toBe("targets[1].port");
  expect(formatKeyPath(["targets", 0, "quoted key"])).toBe('targets[0]."quoted key"');
  expect(formatKeyPath([])).toBe("");
});
