import { describe, expect, it } from "vitest";
import { param, template } from "./alert-test-data.ts";
import {
  describeOverrideValue,
  draftToRow,
  EMPTY_OVERRIDE_DRAFT,
  overridableParams,
  overrideRowsFrom,
  toOverrides,
  validateOverrideDraft,
  validateOverrideRows,
} from "./rule-overrides.utils.ts";

const targetA = "00000000-0000-4000-8000-00000000000a";
const targetB = "00000000-0000-4000-8000-00000000000b";
const fixed = {
  ...template,
  params: [...template.params, param({ name: "fixed", overridable: false })],
};

describe("overrideRowsFrom and toOverrides", () => {
  it("turn the API's map into one row per target and parameter, and back", () => {
    const map = {
      [targetA]: { warning_pct: 90, ignore_idle: true },
      [targetB]: { warning_pct: 50 },
    };
    const rows = overrideRowsFrom(map);
    expect(rows).toEqual([
      { targetId: targetA, param: "warning_pct", value: 90 },
      { targetId: targetA, param: "ignore_idle", value: true },
      { targetId: targetB, param: "warning_pct", value: 50 },
    ]);
    expect(toOverrides(rows)).toEqual(map);
    expect(toOverrides([])).toEqual({});
  });
});

describe("overridableParams", () => {
  it("leaves out the parameters a target may not set", () => {
    expect(overridableParams(fixed).map((p) => p.name)).toEqual(["warning_pct", "ignore_idle"]);
  });
});

describe("validateOverrideDraft and draftToRow", () => {
  it("asks for a target, a parameter and a value", () => {
    expect(validateOverrideDraft(EMPTY_OVERRIDE_DRAFT, template, [])).toEqual({
      target: "Pick a target",
      param: "Pick a parameter",
    });
    const noValue = { targetId: targetA, param: "warning_pct", value: undefined };
    expect(validateOverrideDraft(noValue, template, [])).toEqual({ value: "Required" });
    expect(draftToRow(noValue, template, [])).toBeNull();
  });

  it("checks the value against the parameter's range", () => {
    const draft = { targetId: targetA, param: "warning_pct", value: 120 };
    expect(validateOverrideDraft(draft, template, [])).toEqual({ value: "At most 100" });
    expect(draftToRow({ ...draft, value: 90 }, template, [])).toEqual({
      targetId: targetA,
      param: "warning_pct",
      value: 90,
    });
  });

  it("refuses a parameter that is not overridable, and a second override of the same one", () => {
    expect(
      validateOverrideDraft({ targetId: targetA, param: "fixed", value: 1 }, fixed, []).param,
    ).toBe("fixed cannot be set per target");
    const rows = [{ targetId: targetA, param: "warning_pct", value: 90 }];
    const again = { targetId: targetA, param: "warning_pct", value: 70 };
    expect(validateOverrideDraft(again, template, rows)).toEqual({
      param: "This target already overrides it; remove that one first",
    });
    expect(validateOverrideDraft({ ...again, targetId: targetB }, template, rows)).toEqual({});
  });
});

describe("validateOverrideRows", () => {
  it("reports refused rows by index and accepts the others", () => {
    const rows = [
      { targetId: targetA, param: "warning_pct", value: 90 },
      { targetId: targetA, param: "gone", value: 1 },
      { targetId: targetB, param: "fixed", value: 1 },
      { targetId: targetB, param: "warning_pct", value: -5 },
    ];
    expect(validateOverrideRows(rows, fixed, null)).toEqual({
      1: "The template has no parameter gone; remove this override",
      2: "fixed cannot be set per target; remove this override",
      3: "At least 0",
    });
  });

  it("refuses a target outside a rule scoped to chosen targets", () => {
    const rows = [{ targetId: targetB, param: "warning_pct", value: 90 }];
    expect(validateOverrideRows(rows, template, [targetA])).toEqual({
      0: "This target is not in the rule's scope; add it there or remove this override",
    });
    expect(validateOverrideRows(rows, template, [targetA, targetB])).toEqual({});
  });
});

describe("describeOverrideValue", () => {
  it("shows the value with its unit", () => {
    expect(describeOverrideValue(param({}), 70)).toBe("70 %");
    expect(describeOverrideValue(param({ type: "duration", unit: null }), 300)).toBe("300 s");
    expect(describeOverrideValue(param({ type: "boolean", unit: null }), false)).toBe("no");
    expect(describeOverrideValue(undefined, "fast")).toBe("fast");
  });
});
