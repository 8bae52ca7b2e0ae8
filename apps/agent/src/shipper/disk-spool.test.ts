import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { DiskSpool } from "./disk-spool.ts";
import { SpoolLockedError } from "./spool-lock.ts";

function item(n: number): CollectedPayload {
  return {
    target: "t",
    payload: {
      payloadId: randomUUID(),
      engine: "postgres",
      collector: `c${n}`,
      group: "high",
      collectedAt: "2026-01-01T00:00:00.000Z",
      durationMs: 1,
      status: "ok",
      data: { metrics: [{ name: "postgres.uptime", value: n }] },
    },
  };
}

const ids = (items: CollectedPayload[]) => items.map((i) => i.payload.collector);
const tempDir = () => mkdtemp(join(tmpdir(), "logstag-spool-"));
const segments = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith(".seg"));

describe("DiskSpool", () => {
  it("survives a restart: oldest first, a payload gone only once acknowledged", async () => {
    const dir = await tempDir();
    const spool = await DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 3_600_000 });
    for (let n = 0; n < 5; n++) spool.push(item(n));
    const first = await spool.peek(2);
    await spool.ack(first);
    await spool.close();
    expect(await segments(dir)).toHaveLength(1);
    // Sealed on close: the three unacknowledged ones are on disk.
    const again = await DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 3_600_000 });
    expect(again.size).toBe(3);
    const rest = await again.peek(10);
    expect(ids(rest)).toEqual(["c2", "c3", "c4"]);
    await again.ack(rest.slice(0, 1));
    await again.close();
    // A segment is deleted only when all its payloads are acknowledged: c2 comes back, and the
    // backend recognises it by its payload id.
    const third = await DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 3_600_000 });
    expect(ids(await third.peek(10))).toEqual(["c2", "c3", "c4"]);
    await third.ack(await third.peek(10));
    expect(third.size).toBe(0);
    await third.close();
    expect(await segments(dir)).toHaveLength(0);
  });

  it("drops and counts the oldest payloads beyond its byte budget, across restarts", async () => {
    const dir = await tempDir();
    const one = Buffer.byteLength(JSON.stringify(item(0))) + 1;
    const spool = await DiskSpool.open({
      dir,
      maxBytes: one * 3.5,
      maxAgeMs: 3_600_000,
      sealDelayMs: 1,
    });
    let dropped = 0;
    for (let n = 0; n < 10; n++) {
      dropped += spool.push(item(n));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(dropped).toBe(7);
    expect(spool.dropped).toBe(7);
    expect(ids(await spool.peek(10))).toEqual(["c7", "c8", "c9"]);
    await spool.close();
    const again = await DiskSpool.open({ dir, maxBytes: one * 3.5, maxAgeMs: 3_600_000 });
    expect(again.dropped).toBe(7);
    await again.close();
  });

  it("drops strictly the oldest: nothing newer while the oldest are on their way", async () => {
    const dir = await tempDir();
    const one = Buffer.byteLength(JSON.stringify(item(0))) + 1;
    const spool = await DiskSpool.open({
      dir,
      maxBytes: one * 3.5,
      maxAgeMs: 3_600_000,
      sealDelayMs: 1,
    });
    /** One segment each. */
    const pushSealed = async (n: number) => {
      const dropped = spool.push(item(n));
      await new Promise((r) => setTimeout(r, 5));
      return dropped;
    };
    for (let n = 0; n < 3; n++) await pushSealed(n);
    const onItsWay = await spool.peek(2);
    expect(ids(onItsWay)).toEqual(["c0", "c1"]);
    // Over budget, but c0 and c1 are on their way: c2 and c3 are not dropped in their place.
    expect(await pushSealed(3)).toBe(0);
    expect(ids(await spool.peek(10))).toEqual(["c0", "c1", "c2", "c3"]);
    // Not delivered: the oldest go at the next push.
    spool.release();
    expect(await pushSealed(4)).toBe(2);
    expect(ids(await spool.peek(10))).toEqual(["c2", "c3", "c4"]);
    expect(spool.dropped).toBe(2);
    await spool.close();
  });

  it("drops payloads older than max_age", async () => {
    const dir = await tempDir();
    let now = 1_000_000;
    const dropped: number[] = [];
    const options = {
      dir,
      maxBytes: 1e9,
      maxAgeMs: 60_000,
      sealDelayMs: 1,
      now: () => now,
      onDrop: (count: number) => dropped.push(count),
    };
    const spool = await DiskSpool.open(options);
    spool.push(item(0));
    await new Promise((r) => setTimeout(r, 20));
    now += 120_000;
    spool.push(item(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(ids(await spool.peek(10))).toEqual(["c1"]);
    expect(dropped).toEqual([1]);
    expect(spool.dropped).toBe(1);
    await spool.close();
  });

  it("drops an unreadable segment with a count instead of stopping delivery", async () => {
    const dir = await tempDir();
    const spool = await DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 3_600_000 });
    await spool.close();
    await writeFile(join(dir, "0000000000000001-1767225600000-2.seg"), "{not json\n");
    const reasons: string[] = [];
    const again = await DiskSpool.open({
      dir,
      maxBytes: 1e9,
      maxAgeMs: 1e12,
      onDrop: (_count, reason) => reasons.push(reason),
    });
    expect(await again.peek(10)).toEqual([]);
    expect(again.dropped).toBe(2);
    expect(reasons).toEqual(["unreadable spool file 0000000000000001-1767225600000-2.seg"]);
    await again.close();
  });

  it("refuses a directory another running agent holds", async () => {
    const dir = await tempDir();
    // PID 1 is always alive and never this test.
    await writeFile(join(dir, "lock"), "1");
    await expect(DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 1000 })).rejects.toThrow(
      SpoolLockedError,
    );
  });
});
