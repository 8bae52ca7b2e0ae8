import { describe, expect, it } from "vitest";
import {
  describeRole,
  formatBytes,
  formatBytesPerSecond,
  formatPercent,
  formatSeconds,
  shortVersion,
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

describe("shortVersion", () => {
  it("reads the number from version()", () => {
    expect(shortVersion("PostgreSQL 18.1 on x86_64-pc-linux-gnu, compiled by gcc")).toBe("18.1");
    expect(shortVersion("PostgreSQL 15.10 (Debian 15.10-0+deb12u1) on x86_64")).toBe("15.10");
    expect(shortVersion("something else")).toBe("something else");
    expect(shortVersion(null)).toBeNull();
  });
});

describe("describeRole", () => {
  it("calls a replica a standby", () => {
    expect(describeRole("replica")).toBe("standby");
    expect(describeRole("primary")).toBe("primary");
    expect(describeRole(null)).toBe("–");
  });
});
