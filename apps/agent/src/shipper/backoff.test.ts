import { expect, it } from "vitest";
import { backoffDelay } from "./backoff.ts";

it("doubles from 1 s up to the 60 s cap, jittered between half and all of it", () => {
  const low = () => 0;
  const high = () => 1;
  expect([0, 1, 2, 5, 6, 50].map((a) => backoffDelay(a, undefined, high))).toEqual([
    1000, 2000, 4000, 32_000, 60_000, 60_000,
  ]);
  expect([0, 1, 6].map((a) => backoffDelay(a, undefined, low))).toEqual([500, 1000, 30_000]);
});
