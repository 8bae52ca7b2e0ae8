import { expect, it } from "vitest";
import { firstDelay } from "./scheduler.ts";

it("staggers the first runs of slow groups across targets, fast groups within a second or two", () => {
  for (let i = 0; i < 100; i++) {
    expect(firstDelay(10_000)).toBeLessThan(1000);
    expect(firstDelay(1000)).toBeLessThan(100);
    const third = firstDelay(600_000, 2, 10);
    expect(third).toBeGreaterThanOrEqual(6000);
    expect(third).toBeLessThan(9000);
    expect(firstDelay(60_000, 9, 10)).toBeLessThan(30_000);
  }
});
