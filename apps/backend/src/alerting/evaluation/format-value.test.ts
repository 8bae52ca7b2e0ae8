import { describe, expect, it } from "vitest";
import { formatValue } from "./format-value.ts";

describe("formatValue", () => {
  it.each([
    [83.24, "percent", "83.2%"],
    [1536, "bytes", "1.5 KiB"],
    [3 * 1024 ** 3, "bytes", "3.0 GiB"],
    [10 * 1024 ** 2, "bytes_per_second", "10.0 MiB/s"],
    [42, "seconds", "42s"],
    [303, "seconds", "5m 3s"],
    [7322, "seconds", "2h 2m"],
    [90_000, "seconds", "1d 1h"],
    [12.5, "per_second", "12.50/s"],
    [3, "count", "3"],
    [1.523, "ratio", "1.52"],
    [0.0123, "ratio", "0.012"],
    [null, "count", "no data"],
  ] as const)("%s %s → %s", (value, unit, want) => {
    expect(formatValue(value, unit)).toBe(want);
  });
});
