import { describe, expect, it } from "vitest";
import { classifyResponse, parseRetryAfter } from "./classify-response.ts";

describe("classifyResponse", () => {
  it.each([
    [200, null, { action: "sent" }],
    [202, null, { action: "sent" }],
    [400, null, { action: "drop", tooLarge: false }],
    [413, null, { action: "drop", tooLarge: true }],
    [401, null, { action: "rejected" }],
    [403, null, { action: "rejected" }],
    [429, "7", { action: "retry", afterMs: 7000 }],
    [503, null, { action: "retry" }],
    [500, "", { action: "retry" }],
    [408, null, { action: "retry" }],
    [404, null, { action: "misconfigured" }],
  ] as const)("HTTP %i (Retry-After %j)", (status, retryAfter, outcome) => {
    expect(classifyResponse(status, retryAfter)).toEqual(outcome);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it("reads seconds and HTTP dates, bounded to 0 … 10 min", () => {
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 00:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("99999", now)).toBe(600_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
