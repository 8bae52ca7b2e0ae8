import { describe, expect, it } from "vitest";
import { isoToPgMicros, PointBatch } from "./points-copy.ts";

const ORG = "0f1e2d3c-4b5a-4697-8877-665544332211";

/** Reads the rows back out of the binary COPY stream. */
function decode(buf: Buffer): { org: string; series: bigint; micros: bigint; value: number }[] {
  expect(buf.subarray(0, 11).toString("latin1")).toBe("PGCOPY\n\xff\r\n\0");
  const rows = [];
  let at = 19;
  while (buf.readInt16BE(at) !== -1) {
    expect(buf.readInt16BE(at)).toBe(4);
    rows.push({
      org: buf.subarray(at + 6, at + 22).toString("hex"),
      series: buf.readBigInt64BE(at + 26),
      micros: buf.readBigInt64BE(at + 38),
      value: buf.readDoubleBE(at + 50),
    });
    at += 58;
  }
  expect(at + 2).toBe(buf.length);
  return rows;
}

describe("PointBatch", () => {
  it("encodes rows in series order, keeping arrival order within a series", () => {
    const batch = new PointBatch(4);
    batch.push(7, 2_000_000, 1.5);
    batch.push(3, 1_000_000, -2);
    batch.push(7, 1_000_000, 3);
    batch.push(2 ** 32 + 5, -1, 0);
    expect(decode(batch.encode(ORG))).toEqual([
      { org: ORG.replaceAll("-", ""), series: 3n, micros: 1_000_000n, value: -2 },
      { org: ORG.replaceAll("-", ""), series: 7n, micros: 2_000_000n, value: 1.5 },
      { org: ORG.replaceAll("-", ""), series: 7n, micros: 1_000_000n, value: 3 },
      { org: ORG.replaceAll("-", ""), series: 2n ** 32n + 5n, micros: -1n, value: 0 },
    ]);
  });

  it("leaves dropped rows out of the stream and keeps the order of the rest", () => {
    const batch = new PointBatch(5);
    batch.push(9, 1, 1);
    batch.push(4, 1, 2);
    batch.push(9, 2, 3);
    batch.push(4, 2, 4);
    batch.push(1, 3, 5);
    batch.drop(1, 3);
    expect(decode(batch.encode(ORG)).map((r) => [r.series, r.value])).toEqual([
      [1n, 5],
      [4n, 4],
      [9n, 1],
    ]);
    batch.drop(0, 5);
    expect(decode(batch.encode(ORG))).toEqual([]);
  });

  it("converts timestamps to PostgreSQL microseconds, keeping sub-millisecond digits", () => {
    expect(isoToPgMicros("2000-01-01T00:00:00Z")).toBe(0);
    expect(isoToPgMicros("2000-01-01T00:00:01.234567Z")).toBe(1_234_567);
    expect(isoToPgMicros("2000-01-01T02:00:00.5+02:00")).toBe(500_000);
    expect(isoToPgMicros("1999-12-31T23:59:59Z")).toBe(-1_000_000);
  });
});
