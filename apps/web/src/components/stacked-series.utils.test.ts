import { describe, expect, it } from "vitest";
import { stackBands, stackColumns, stackedMax } from "./stacked-series.utils.ts";

describe("stackColumns", () => {
  it("adds each layer on top of the ones before it", () => {
    expect(
      stackColumns([
        [1, 2, 0],
        [0.5, 1, 3],
        [1, 0, 1],
      ]),
    ).toEqual([
      [1, 2, 0],
      [1.5, 3, 3],
      [2.5, 3, 4],
    ]);
  });

  it("counts a missing value as 0 when another layer has a value in that bucket", () => {
    expect(
      stackColumns([
        [null, 2],
        [1, null],
      ]),
    ).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("keeps buckets with no value in any layer as gaps", () => {
    expect(
      stackColumns([
        [1, null, 1],
        [1, null, null],
      ]),
    ).toEqual([
      [1, null, 1],
      [2, null, 1],
    ]);
  });

  it("pads short columns to the requested length", () => {
    expect(stackColumns([[1]], 3)).toEqual([[1, null, null]]);
    expect(stackColumns([])).toEqual([]);
  });

  it("does not change its input", () => {
    const input = [
      [1, 1],
      [2, 2],
    ];
    stackColumns(input);
    expect(input).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});

describe("stackBands", () => {
  it("pairs every layer with the one below, skipping the bottom layer", () => {
    expect(stackBands(3)).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(stackBands(1)).toEqual([]);
    expect(stackBands(0)).toEqual([]);
  });
});

describe("stackedMax", () => {
  it("reads the top layer", () => {
    expect(
      stackedMax([
        [1, 2],
        [3, null],
      ]),
    ).toBe(3);
    expect(stackedMax([])).toBe(0);
  });
});
