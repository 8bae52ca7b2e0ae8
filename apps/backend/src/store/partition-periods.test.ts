import { describe, expect, it } from "vitest";
import {
  firstRetainedPeriod,
  nextPeriod,
  parsePartitionName,
  partitionName,
  periodStart,
  periodsBetween,
} from "./partition-periods.ts";

const at = (iso: string) => new Date(iso);

describe("partition periods", () => {
  it("floors to UTC days and months", () => {
    expect(periodStart("day", at("2025-03-31T23:59:59.999Z"))).toEqual(at("2025-03-31T00:00:00Z"));
    expect(periodStart("month", at("2025-03-31T23:59:59Z"))).toEqual(at("2025-03-01T00:00:00Z"));
    expect(nextPeriod("month", at("2024-12-01T00:00:00Z"))).toEqual(at("2025-01-01T00:00:00Z"));
    expect(nextPeriod("day", at("2024-02-28T00:00:00Z"))).toEqual(at("2024-02-29T00:00:00Z"));
  });

  it("lists every period overlapping a range", () => {
    expect(
      periodsBetween("day", at("2025-01-30T12:00:00Z"), at("2025-02-01T00:00:00Z")).map((d) =>
        partitionName("points", "day", d),
      ),
    ).toEqual(["points_p20250130", "points_p20250131", "points_p20250201"]);
  });

  it("names partitions and reads the names back", () => {
    const d = at("2025-07-04T00:00:00Z");
    expect(partitionName("points_1h", "month", d)).toBe("points_1h_p202507");
    expect(parsePartitionName("points", "day", "points_p20250704")).toEqual(d);
    expect(parsePartitionName("points_1h", "month", "points_1h_p202507")).toEqual(
      at("2025-07-01T00:00:00Z"),
    );
    expect(parsePartitionName("points", "day", "points_1m_p20250704")).toBeUndefined();
    expect(parsePartitionName("points", "day", "points_p20251332")).toBeUndefined();
  });

  it("keeps the period that holds the retention boundary", () => {
    const now = at("2025-01-10T06:00:00Z");
    expect(firstRetainedPeriod("day", now, 7)).toEqual(at("2025-01-03T00:00:00Z"));
    expect(firstRetainedPeriod("month", now, 400)).toEqual(at("2023-12-01T00:00:00Z"));
  });
});
