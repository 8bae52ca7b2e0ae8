import type { RedisSlowlogEntry } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  describeClient,
  flattenSlowlog,
  formatMicroseconds,
  toErrorRows,
} from "./slowlog.utils.ts";

function entry(id: number, at: string, over: Partial<RedisSlowlogEntry> = {}): RedisSlowlogEntry {
  return {
    id,
    at,
    durationUs: 15_000,
    command: "sort",
    argCount: 4,
    clientAddr: "127.0.0.1:5000",
    clientName: null,
    ...over,
  };
}

describe("flattenSlowlog", () => {
  it("joins the snapshots newest first and shows a resent entry once", () => {
    const entries = flattenSlowlog([
      { rows: [entry(3, "2025-03-04T12:00:30Z"), entry(2, "2025-03-04T12:00:20Z")] },
      { rows: [entry(2, "2025-03-04T12:00:20Z"), entry(1, "2025-03-04T12:00:10Z")] },
    ]);
    expect(entries.map((e) => e.id)).toEqual([3, 2, 1]);
  });

  it("keeps entries whose id came back after a server restart", () => {
    const entries = flattenSlowlog([
      { rows: [entry(0, "2025-03-04T13:00:00Z")] },
      { rows: [entry(0, "2025-03-04T12:00:00Z")] },
    ]);
    expect(entries.map((e) => e.at)).toEqual(["2025-03-04T13:00:00Z", "2025-03-04T12:00:00Z"]);
  });
});

describe("describeClient", () => {
  it("names the client by name and address", () => {
    expect(describeClient({ clientAddr: "1.2.3.4:5", clientName: "web" })).toBe("web (1.2.3.4:5)");
    expect(describeClient({ clientAddr: "1.2.3.4:5", clientName: null })).toBe("1.2.3.4:5");
    expect(describeClient({ clientAddr: null, clientName: "" })).toBe("–");
  });
});

describe("formatMicroseconds", () => {
  it.each([
    [850, "850 µs"],
    [12_500, "12.5 ms"],
    [2_100_000, "2.1 s"],
  ])("%d → %s", (us, text) => {
    expect(formatMicroseconds(us)).toBe(text);
  });
});

describe("toErrorRows", () => {
  it("lists the error prefixes that occurred, most first", () => {
    const value = (increase: number, rate: number) => ({ increase, rate });
    expect(
      toErrorRows([
        { key: "ERR", values: { "redis.errors": value(2, 0.01) } },
        { key: "WRONGTYPE", values: { "redis.errors": value(7, 0.02) } },
        { key: "NOAUTH", values: { "redis.errors": value(0, 0) } },
      ]),
    ).toEqual([
      { error: "WRONGTYPE", count: 7, perSecond: 0.02 },
      { error: "ERR", count: 2, perSecond: 0.01 },
    ]);
  });
});
