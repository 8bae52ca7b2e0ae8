import { describe, expect, it } from "vitest";
import { param } from "./alert-test-data.ts";
import { describeParamHint, validateParam } from "./param.utils.ts";

describe("validateParam", () => {
  it("checks numbers against the range", () => {
    expect(validateParam(param({}), 50)).toBeNull();
    expect(validateParam(param({}), -1)).toBe("At least 0");
    expect(validateParam(param({}), 101)).toBe("At most 100");
    expect(validateParam(param({}), undefined)).toBe("Required");
    expect(validateParam(param({}), "")).toBe("Required");
    expect(validateParam(param({}), Number.NaN)).toBe("Must be a number");
  });
  it("wants whole numbers for integers and durations", () => {
    expect(validateParam(param({ type: "integer" }), 1.5)).toBe("Must be a whole number");
    expect(validateParam(param({ type: "duration", max: null }), 300)).toBeNull();
  });
  it("checks booleans and enums", () => {
    expect(validateParam(param({ type: "boolean" }), true)).toBeNull();
    expect(validateParam(param({ type: "boolean" }), "yes")).toBe("Must be yes or no");
    const choice = param({ type: "enum", values: ["a", "b"] });
    expect(validateParam(choice, "a")).toBeNull();
    expect(validateParam(choice, "c")).toBe("Pick one of the values");
  });
});

describe("describeParamHint", () => {
  it("shows the unit and the range", () => {
    expect(describeParamHint(param({}))).toBe("%, 0–100");
    expect(describeParamHint(param({ type: "duration", unit: null, min: 60, max: null }))).toBe(
      "seconds, ≥ 60",
    );
    expect(describeParamHint(param({ unit: null, min: null, max: 5 }))).toBe("≤ 5");
    expect(describeParamHint(param({ unit: null, min: null, max: null }))).toBe("");
  });
});
