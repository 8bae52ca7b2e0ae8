import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatBytesPerSecond,
  formatPercent,
  formatSeconds,
  formatUptime,
} from "./format.utils.ts";

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1536, "1.5 KiB"],
    [128 * 1024 ** 2, "128 MiB"],
    [3.25 * 1024 ** 3, "3.3 GiB"],
    [-2048, "-2 KiB"],
  ])("%d → %s", (value, text) => {
    expect(formatBytes(value)).toBe(text);
  });

  it("appends /s for rates", () => {
    expect(formatBytesPerSecond(2048)).toBe("2 KiB/s");
  });
});

describe("formatPercent", () => {
  it("keeps a decimal, two just below 100 so a miss stays visible", () => {
    expect(formatPercent(97.26)).toBe("97.3 %");
    expect(formatPercent(99.96)).toBe("99.96 %");
    expect(formatPercent(100)).toBe("100 %");
  });
});

describe("formatSeconds", () => {
  it("shows short lags in seconds, long ones as durations", () => {
    expect(formatSeconds(0.25)).toBe("0.25 s");
    expect(formatSeconds(12)).toBe("12 s");
    expect(formatSeconds(185)).toBe("3 min 5 s");
  });
});

describe("formatUptime", () => {
  it("reads the start time as a duration", () => {
    const now = new Date("2025-03-04T12:00:00Z");
    expect(formatUptime("2025-03-01T10:00:00Z", now)).toBe("3 d 2 h");
    expect(formatUptime(null, now)).toBe("–");
  });
});
