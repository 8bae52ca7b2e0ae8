import { expect, it } from "vitest";
import { parseSize } from "./size.ts";

it.each([
  ["100MB", 100_000_000],
  ["2GiB", 2 * 1024 ** 3],
  [" 1.5 kib ", 1536],
  [4096, 4096],
  ["10", undefined],
  ["-1MB", undefined],
  [1.5, undefined],
  ["0MB", undefined],
])("%j → %j", (input, bytes) => {
  expect(parseSize(input)).toBe(bytes);
});
