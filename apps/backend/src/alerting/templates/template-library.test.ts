import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplateLibrary, TemplateLibraryError, templateFolders } from "./load-templates.ts";

const GOOD = `id: demo-connections
version: 1
name: Demo connections
summary: A template written for this test only.
category: capacity
engines: [postgres]
scope: instance
params:
  limit:
    type: number
    default: 10
    description: The limit.
signals:
  postgres:
    value: postgres.connections
conditions:
  warning:
    when: value > limit
annotations:
  summary: "{{asset}} has {{value}}"
  description: "{{params.limit}} allowed"
`;

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "logstag-templates-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(text: string, name = "demo-connections.yaml"): string[] {
  try {
    loadTemplateLibrary([folderWith({ [name]: text })]);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateLibraryError);
    return (err as TemplateLibraryError).problems;
  }
}

describe("the template library", () => {
  it("loads every shipped template against the metric catalog", () => {
    const library = loadTemplateLibrary(templateFolders());
    const ids = [...library.keys()];
    for (const id of [
      "postgres-connection-saturation",
      "postgres-replication-lag",
      "postgres-xid-wraparound",
      "postgres-long-transaction",
      "postgres-idle-in-transaction",
      "postgres-blocked-sessions",
      "postgres-deadlocks",
      "postgres-cache-hit-ratio",
      "postgres-requested-checkpoints",
      "postgres-temp-bytes",
      "postgres-slot-retaining-wal",
      "postgres-target-down",
      "redis-memory-usage",
      "redis-evictions",
      "redis-rejected-connections",
      "redis-replication-link-down",
      "redis-persistence-failed",
      "redis-fragmentation",
      "redis-blocked-clients",
      "redis-latency-spike",
      "redis-slowlog-growth",
      "redis-target-down",
      "agent-silent",
      "agent-collector-failing",
      "agent-missing-privilege",
    ])
      expect(ids).toContain(id);
    for (const t of library.values()) {
      expect(t.spec.engines.length).toBeGreaterThan(0);
      expect(Object.keys(t.conditions).length).toBeGreaterThan(0);
    }
    expect(library.get("redis-memory-usage")?.spec.engines).toEqual(["redis", "valkey"]);
  });

  it("accepts a well-formed template", () => {
    expect(problemsOf(GOOD)).toEqual([]);
  });

  it.each([
    [
      "an unknown metric",
      GOOD.replace("value: postgres.connections", "value: postgres.nope"),
      /demo-connections.yaml:15: signals.postgres.value: unknown metric postgres.nope/,
    ],
    [
      "an unknown engine",
      GOOD.replace("engines: [postgres]", "engines: [db2]"),
      /demo-connections.yaml:6: engines.0: /,
    ],
    [
      "a counter read without rate",
      GOOD.replace("value: postgres.connections", "value: postgres.database.deadlocks"),
      /:15: .*is a counter: use rate/,
    ],
    [
      "a gauge in rate()",
      GOOD.replace("value: postgres.connections", "value: rate(postgres.connections, 5m)"),
      /:15: .*is a gauge/,
    ],
    [
      "an unknown name",
      GOOD.replace("value > limit", "value > limt"),
      /:18: conditions.warning.when: unknown name limt/,
    ],
    [
      "an unknown function",
      GOOD.replace("value: postgres.connections", "value: median(postgres.connections)"),
      /unknown function median/,
    ],
    ["a missing field", GOOD.replace("version: 1\n", ""), /:1: version: /],
    [
      "a bad placeholder",
      GOOD.replace("{{params.limit}}", "{{params.nope}}"),
      /:21: annotations.description: unknown placeholder/,
    ],
    [
      "a default out of range",
      GOOD.replace("default: 10", "default: 10\n    min: 20"),
      /params.limit.default: default 10 is outside/,
    ],
    [
      "a file name that is not the id",
      GOOD.replace("id: demo-connections", "id: other-name"),
      /must be named other-name.yaml/,
    ],
    [
      "a group_by label no metric has",
      GOOD.replace(
        "    value: postgres.connections",
        "    group_by: [database]\n    value: postgres.connections",
      ).replace("scope: instance", "scope: database"),
      /group_by label database/,
    ],
    ["invalid YAML", "id: [", /demo-connections.yaml:\d+: /],
  ])("names file and line for %s", (_, text, message) => {
    const problems = problemsOf(text);
    expect(problems.join("\n")).toMatch(message);
  });
});
