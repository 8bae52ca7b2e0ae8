import { describe, expect, it } from "vitest";
import { mapSlowlog, mapSlowlogEntry } from "./map-slowlog.ts";

const entry = (id: number, args: string[], usec = 20000) => [
  id,
  1700000000 + id,
  usec,
  args,
  "10.0.0.9:5000",
  "",
];

describe("slow log entries", () => {
  it("keep the command name and argument count, never the arguments", () => {
    const row = mapSlowlogEntry(entry(5, ["SET", "session:42", "secret-value"]));
    expect(row).toEqual({
      id: 5,
      at: new Date((1700000000 + 5) * 1000).toISOString(),
      durationUs: 20000,
      command: "set",
      argCount: 2,
      clientAddr: "10.0.0.9:5000",
      clientName: null,
    });
    expect(mapSlowlogEntry(entry(6, ["CONFIG", "SET", "requirepass", "pw"]))).toMatchObject({
      command: "config set",
      argCount: 3,
    });
    expect(JSON.stringify(mapSlowlogEntry(entry(6, ["AUTH", "hunter2"])))).not.toContain("hunter2");
  });

  it("count the arguments Redis left out of a long command", () => {
    const args = [
      "MSET",
      ...Array.from({ length: 30 }, (_, i) => `k${i}`),
      "... (70 more arguments)",
    ];
    expect(mapSlowlogEntry(entry(1, args))?.argCount).toBe(100);
  });
});

describe("mapSlowlog", () => {
  const log = (ids: number[]) => ids.map((id) => entry(id, ["GET", "k"])).reverse();

  it("sends the newest 128 on the first run, without a count of new entries", () => {
    const first = mapSlowlog(log(Array.from({ length: 200 }, (_, i) => i)), 200, undefined);
    expect(first.snapshot.rows).toHaveLength(128);
    expect(first.snapshot.rows[0]?.id).toBe(72);
    expect(first.snapshot.truncated).toBe(true);
    expect(first.metrics).toEqual([{ name: "redis.slowlog.length", value: 200 }]);
    expect(first.lastId).toBe(199);
  });

  it("then only entries newer than the last id, counting the ones rotated out unseen", () => {
    const next = mapSlowlog(log([8, 9, 10, 11, 12]), 5, 5);
    expect(next.snapshot.rows.map((r) => r.id)).toEqual([8, 9, 10, 11, 12]);
    expect(next.metrics).toContainEqual({ name: "redis.slowlog.new", value: 7 });
    expect(next.snapshot.truncated).toBe(true);
    const quiet = mapSlowlog(log([8, 9, 10, 11, 12]), 5, 12);
    expect(quiet.snapshot.rows).toEqual([]);
    expect(quiet.metrics).toContainEqual({ name: "redis.slowlog.new", value: 0 });
    expect(quiet.lastId).toBe(12);
  });

  it("starts again after a restart, when ids fall below the last one seen", () => {
    const after = mapSlowlog(log([0, 1]), 2, 500);
    expect(after.snapshot.rows.map((r) => r.id)).toEqual([0, 1]);
    expect(after.metrics).toContainEqual({ name: "redis.slowlog.new", value: 2 });
    expect(after.lastId).toBe(1);
  });
});
