import { payloadSchema } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { makePayload } from "../../testing/payload-factory.ts";
import { findOverflowingValue, normalizePayload } from "./normalize-payload.ts";

const ids = {
  agentId: "AAAAAAAA-0000-4000-8000-000000000001",
  targetId: "BBBBBBBB-0000-4000-8000-000000000002",
};

describe("normalizePayload", () => {
  it("lower-cases ids and leaves clean payloads' samples untouched", () => {
    const p = payloadSchema.parse(
      makePayload(ids, { payloadId: "CCCCCCCC-0000-4000-8000-000000000003" }),
    );
    const n = normalizePayload(p);
    expect(n.payloadId).toBe("cccccccc-0000-4000-8000-000000000003");
    expect(n.agentId).toBe(ids.agentId.toLowerCase());
    expect(n.targetId).toBe(ids.targetId.toLowerCase());
    expect(n.data.metrics).toBe(p.data.metrics);
  });

  it("carries every other part of the payload's data through", () => {
    const p = payloadSchema.parse(makePayload(ids, { data: { metrics: [], diagnostics: [] } }));
    expect(normalizePayload(p).data).toEqual(p.data);
  });

  it("replaces NUL and unpaired surrogates, keeps proper pairs", () => {
    const p = payloadSchema.parse(
      makePayload(ids, {
        status: "error",
        error: { kind: "query", message: "bad\u0000byte" },
        data: {
          metrics: [
            { name: "postgres.connections", value: 2, labels: { state: "idle" } },
            { name: "postgres.connections", value: 1, labels: { state: "a\ud800b😀" } },
          ],
          inventory: { engineVersion: "18\udc00", role: "primary" },
        },
      }),
    );
    const n = normalizePayload(p);
    expect(n.error?.message).toBe("bad\ufffdbyte");
    expect(n.data.metrics.map((m) => m.labels)).toEqual([
      { state: "idle" },
      { state: "a\ufffdb😀" },
    ]);
    expect(p.data.metrics[1]?.labels).toEqual({ state: "a\ud800b😀" });
    expect(n.data.inventory?.engineVersion).toBe("18\ufffd");
  });

  it("cleans a group's labels, and leaves clean groups untouched", () => {
    const p = payloadSchema.parse(
      makePayload(ids, {
        data: {
          metricGroups: [
            { labels: { state: "idle" }, values: { "postgres.connections": 2 } },
            { labels: { state: "a\u0000b" }, values: { "postgres.connections": 1 } },
          ],
        },
      }),
    );
    const n = normalizePayload(p);
    expect(n.data.metricGroups?.map((g) => g.labels)).toEqual([
      { state: "idle" },
      { state: "a\ufffdb" },
    ]);
    expect(n.data.metricGroups?.[0]).toBe(p.data.metricGroups?.[0]);
    const clean = payloadSchema.parse(
      makePayload(ids, { data: { metricGroups: [{ values: { "postgres.uptime": 1 } }] } }),
    );
    expect(normalizePayload(clean).data.metricGroups).toBe(clean.data.metricGroups);
  });
});

describe("findOverflowingValue", () => {
  it("points at the first value too large to sum safely", () => {
    const ok = payloadSchema.parse(makePayload(ids));
    const huge = payloadSchema.parse(
      makePayload(ids, { data: { metrics: [{ name: "postgres.uptime", value: -1e308 }] } }),
    );
    expect(findOverflowingValue([ok])).toBeUndefined();
    expect(findOverflowingValue([ok, huge])).toBe("payloads[1].data.metrics[0].value");
    const grouped = payloadSchema.parse(
      makePayload(ids, {
        data: {
          metricGroups: [
            { labels: { state: "idle" }, values: { "postgres.connections": 1e301 } },
            { labels: { state: "active" }, values: { "postgres.connections": 1 } },
            { values: { "postgres.uptime": 1, "postgres.connections.max": -1e301 } },
          ],
        },
      }),
    );
    expect(findOverflowingValue([ok, grouped])).toBe(
      "payloads[1].data.metricGroups[0].values.postgres.connections",
    );
    grouped.data.metricGroups?.shift();
    expect(findOverflowingValue([grouped])).toBe(
      "payloads[0].data.metricGroups[1].values.postgres.connections.max",
    );
  });
});
