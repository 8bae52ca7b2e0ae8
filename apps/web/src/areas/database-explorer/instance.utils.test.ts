import type { InstanceResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  describeParts,
  describePartsCount,
  formatFact,
  formatUnitValue,
} from "./instance.utils.ts";

function parts(label: string, items: { name: string; value: number }[]): InstanceResponse["parts"] {
  return { label, unit: "bytes", items, collectedAt: null };
}

describe("formatFact", () => {
  it("prefers the fact's text, then its value in its unit", () => {
    expect(formatFact({ value: 0, unit: "bytes", text: "no limit" })).toBe("no limit");
    expect(formatFact({ value: 1536, unit: "bytes", text: null })).toBe("1.5 KiB");
    expect(formatFact({ value: 12345, unit: "count", text: null })).toBe("12,345");
    expect(formatFact({ value: null, unit: "count", text: null })).toBe("–");
  });
});

describe("formatUnitValue", () => {
  it.each([
    [90061, "seconds", "1 d 1 h"],
    [12, "milliseconds", "12 ms"],
    [1500, "microseconds", "1.5k µs"],
    [99.5, "percent", "99.5 %"],
    [1.234, "ratio", "1.23"],
    [2048, "blocks", "2,048 blocks"],
  ] as const)("%s %s → %s", (value, unit, text) => {
    expect(formatUnitValue(value, unit)).toBe(text);
  });
});

describe("parts", () => {
  it("counts the parts in the singular or plural", () => {
    expect(describePartsCount(parts("Databases", [{ name: "a", value: 1 }]))).toBe("1 database");
    expect(describePartsCount(parts("Keyspaces", []))).toBe("0 keyspaces");
  });

  it("lists the largest part first", () => {
    const list = parts("Databases", [
      { name: "small", value: 1024 },
      { name: "big", value: 1024 * 1024 },
    ]);
    expect(describeParts(list)).toEqual(["big: 1 MiB", "small: 1 KiB"]);
  });
});
