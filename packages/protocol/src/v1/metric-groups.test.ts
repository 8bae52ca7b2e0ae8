import { describe, expect, it } from "vitest";
import { countSamples, everySample, expandSamples, groupSamples } from "./metric-groups.ts";
import type { MetricGroup, MetricSample } from "./payload.ts";

const byKey = (samples: MetricSample[]) =>
  samples
    .map((s) => JSON.stringify([s.name, s.value, Object.entries(s.labels ?? {}).sort()]))
    .sort();

describe("groupSamples", () => {
  it("sends each label set once, whether labels objects are shared or equal copies", () => {
    const shared = { database: "app" };
    const samples: MetricSample[] = [
      { name: "postgres.database.xact_commit", value: 1, labels: shared },
      { name: "postgres.database.blks_hit", value: 2, labels: shared },
      { name: "postgres.database.numbackends", value: 3, labels: { database: "app" } },
      { name: "postgres.connections", value: 4, labels: { state: "idle" } },
      { name: "postgres.uptime", value: 5 },
      { name: "postgres.connections.max", value: 6, labels: {} },
    ];
    const groups = groupSamples(samples);
    expect(JSON.parse(JSON.stringify(groups))).toEqual([
      {
        labels: { database: "app" },
        values: {
          "postgres.database.xact_commit": 1,
          "postgres.database.blks_hit": 2,
          "postgres.database.numbackends": 3,
        },
      },
      { labels: { state: "idle" }, values: { "postgres.connections": 4 } },
      { values: { "postgres.uptime": 5, "postgres.connections.max": 6 } },
    ]);
  });

  it("groups label sets with keys in any order together", () => {
    const groups = groupSamples([
      { name: "a", value: 1, labels: { x: "1", y: "2" } },
      { name: "b", value: 2, labels: { y: "2", x: "1" } },
    ]);
    expect(groups).toHaveLength(1);
  });

  it("keeps a repeated metric of one label set as a second sample", () => {
    const samples: MetricSample[] = [
      { name: "postgres.uptime", value: 1 },
      { name: "postgres.uptime", value: 2 },
      { name: "__proto__", value: 3 },
    ];
    const groups = groupSamples(samples);
    expect(groups).toHaveLength(2);
    const data = { metrics: [], metricGroups: groups };
    expect(countSamples(data)).toBe(3);
    expect(byKey(expandSamples(data))).toEqual(byKey(samples));
  });
});

describe("everySample", () => {
  it("visits metrics first, then each group's values in order, and stops at false", () => {
    const data: { metrics: MetricSample[]; metricGroups: MetricGroup[] } = {
      metrics: [{ name: "m", value: 1 }],
      metricGroups: [{ labels: { k: "v" }, values: { a: 2, b: 3 } }, { values: { c: 4 } }],
    };
    const seen: unknown[] = [];
    expect(
      everySample(data, (name, value, labels, at) => seen.push([at, name, value, labels])),
    ).toBe(true);
    expect(seen).toEqual([
      [0, "m", 1, undefined],
      [1, "a", 2, { k: "v" }],
      [2, "b", 3, { k: "v" }],
      [3, "c", 4, undefined],
    ]);
    const until: string[] = [];
    expect(everySample(data, (name) => until.push(name) < 2)).toBe(false);
    expect(until).toEqual(["m", "a"]);
  });
});

describe("groupSamples on label sets that look alike", () => {
  it("keeps label sets apart whose keys and values only concatenate the same", () => {
    const groups = groupSamples([
      { name: "m", value: 1, labels: { a: "bc" } },
      { name: "m", value: 2, labels: { ab: "c" } },
      { name: "m", value: 3, labels: { a: "b", c: "d" } },
      { name: "m", value: 4, labels: { a: "b:c1:d" } },
    ]);
    expect(groups.map((g) => g.labels)).toEqual([
      { a: "bc" },
      { ab: "c" },
      { a: "b", c: "d" },
      { a: "b:c1:d" },
    ]);
  });
});
