import { describe, expect, it } from "vitest";
import { expiryFromChoice, maskedKey } from "./api-keys.utils.ts";

describe("expiryFromChoice", () => {
  const now = new Date("2025-03-04T12:00:00.000Z");
  it("counts days from now", () => {
    expect(expiryFromChoice("30", now)).toBe("2025-04-03T12:00:00.000Z");
    expect(expiryFromChoice("365", now)).toBe("2026-03-04T12:00:00.000Z");
  });
  it("sends null for a key that never expires", () => {
    expect(expiryFromChoice("never", now)).toBeNull();
  });
});

describe("maskedKey", () => {
  it("shows the prefix only", () => {
    expect(maskedKey("lsu_AbCdEfGh")).toBe("lsu_AbCdEfGh…");
    expect(maskedKey(null)).toMatch(/before prefixes/);
  });
});
