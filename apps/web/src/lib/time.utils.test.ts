import { describe, expect, it } from "vitest";
import {
  formatAbsoluteTime,
  formatDuration,
  formatRelativeTime,
  secondsSince,
} from "./time.utils.ts";

const now = new Date("2025-03-04T12:00:00Z");

describe("formatRelativeTime", () => {
  it.each([
    ["2025-03-04T12:00:00Z", "just now"],
    ["2025-03-04T11:59:58Z", "just now"],
    ["2025-03-04T11:59:48Z", "12 s ago"],
    ["2025-03-04T11:56:00Z", "4 min ago"],
    ["2025-03-04T09:00:00Z", "3 h ago"],
    ["2025-03-02T11:00:00Z", "2 d ago"],
    ["2025-03-04T12:00:30Z", "just now"],
  ])("%s → %s", (iso, text) => {
    expect(formatRelativeTime(iso, now)).toBe(text);
  });

  it("says never for a missing time and unknown for garbage", () => {
    expect(formatRelativeTime(null, now)).toBe("never");
    expect(formatRelativeTime("yesterday", now)).toBe("unknown");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [45, "45 s"],
    [180, "3 min"],
    [3 * 60 + 5, "3 min 5 s"],
    [2 * 3600 + 5 * 60 + 9, "2 h 5 min"],
    [4 * 86_400 + 3 * 3600 + 59, "4 d 3 h"],
    [86_400 + 30, "1 d"],
    [-5, "0 s"],
  ])("%d s → %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it("keeps only as many parts as asked", () => {
    expect(formatDuration(2 * 3600 + 5 * 60, 1)).toBe("2 h");
  });
});

describe("secondsSince", () => {
  it("measures from an ISO time and never goes negative", () => {
    expect(secondsSince("2025-03-04T11:59:00Z", now)).toBe(60);
    expect(secondsSince("2025-03-04T12:01:00Z", now)).toBe(0);
    expect(secondsSince(null, now)).toBeNull();
    expect(secondsSince("nope", now)).toBeNull();
  });
});

describe("formatAbsoluteTime", () => {
  it("prints a local timestamp and passes unreadable input through", () => {
    expect(formatAbsoluteTime("2025-03-04T12:00:00Z")).toMatch(/^2025-03-0\d \d\d:\d\d:00$/);
    expect(formatAbsoluteTime(null)).toBe("No time recorded");
    expect(formatAbsoluteTime("nope")).toBe("nope");
  });
});
