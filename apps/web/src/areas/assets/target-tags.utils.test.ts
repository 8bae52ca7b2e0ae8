import { describe, expect, it } from "vitest";
import { validateTargetTags } from "./target-tags.utils.ts";

describe("validateTargetTags", () => {
  it("accepts no tags and well-formed ones", () => {
    expect(validateTargetTags([])).toBeNull();
    expect(validateTargetTags(["production", "team:payments", "eu-west/1"])).toBeNull();
  });
  it("says why it refuses a malformed tag or too many", () => {
    expect(validateTargetTags(["has space"])).toMatch(/letters, digits/);
    expect(validateTargetTags(["x".repeat(65)])).toBe("a tag has at most 64 characters");
    expect(validateTargetTags(Array.from({ length: 21 }, (_, i) => `t${i}`))).toBe(
      "a target has at most 20 tags",
    );
  });
});
