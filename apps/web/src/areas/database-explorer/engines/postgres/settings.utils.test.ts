import type { PostgresSetting } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  countSettings,
  describeContext,
  describeSettingValue,
  filterSettings,
} from "./settings.utils.ts";

function setting(name: string, overrides: Partial<PostgresSetting> = {}): PostgresSetting {
  return {
    name,
    setting: "on",
    unit: null,
    category: "Autovacuum",
    description: "Starts the autovacuum subprocess.",
    source: "default",
    bootValue: "on",
    pendingRestart: false,
    context: "sighup",
    isDefault: true,
    ...overrides,
  };
}

describe("describeSettingValue", () => {
  it("turns memory units into bytes", () => {
    expect(describeSettingValue({ setting: "16384", unit: "8kB" })).toBe("128 MiB");
    expect(describeSettingValue({ setting: "4096", unit: "kB" })).toBe("4 MiB");
    expect(describeSettingValue({ setting: "64", unit: "MB" })).toBe("64 MiB");
    expect(describeSettingValue({ setting: "-1", unit: "kB" })).toBe("-1");
  });

  it("appends other units and leaves plain values alone", () => {
    expect(describeSettingValue({ setting: "200", unit: "ms" })).toBe("200 ms");
    expect(describeSettingValue({ setting: "on", unit: null })).toBe("on");
    expect(describeSettingValue({ setting: null, unit: null })).toBe("–");
  });
});

const rows = [
  setting("autovacuum"),
  setting("shared_buffers", {
    setting: "16384",
    unit: "8kB",
    category: "Resource Usage / Memory",
    description: "Sets the number of shared memory buffers.",
    isDefault: false,
    pendingRestart: true,
    context: "postmaster",
  }),
  setting("work_mem", { category: "Resource Usage / Memory", isDefault: false }),
];

describe("filterSettings", () => {
  it("searches name, value, category and description, case-insensitively", () => {
    const names = (search: string) => filterSettings(rows, search, "all").map((r) => r.name);
    expect(names("")).toEqual(["autovacuum", "shared_buffers", "work_mem"]);
    expect(names("  MEMORY ")).toEqual(["shared_buffers", "work_mem"]);
    expect(names("subprocess")).toEqual(["autovacuum", "work_mem"]);
    expect(names("16384")).toEqual(["shared_buffers"]);
  });

  it("narrows to non-default or pending-restart settings", () => {
    expect(filterSettings(rows, "", "changed").map((r) => r.name)).toEqual([
      "shared_buffers",
      "work_mem",
    ]);
    expect(filterSettings(rows, "work", "pending")).toEqual([]);
  });
});

describe("countSettings", () => {
  it("counts all, non-default and pending-restart settings", () => {
    expect(countSettings(rows)).toEqual({ total: 3, changed: 2, pending: 1 });
  });
});

describe("describeContext", () => {
  it("says what a change needs", () => {
    expect(describeContext("postmaster")).toBe("restart");
    expect(describeContext("sighup")).toBe("reload");
    expect(describeContext("user")).toBe("SET");
    expect(describeContext(null)).toBe("–");
  });
});
