import { DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { CHART_COLORS, chartTheme, paletteColor } from "./chart-colors.ts";

const { colors } = DEFAULT_THEME;

describe("paletteColor", () => {
  it("wraps around", () => {
    expect(paletteColor(8)).toBe(paletteColor(0));
  });
});

describe("chartTheme", () => {
  it("draws lines in shade 6 on light and the lighter shade 4 on dark", () => {
    expect(chartTheme("light", colors).series("violet")).toBe(colors.violet[6]);
    expect(chartTheme("dark", colors).series("violet")).toBe(colors.violet[4]);
  });

  it("resolves every chart colour to a hex value in both schemes", () => {
    for (const scheme of ["light", "dark"] as const) {
      const theme = chartTheme(scheme, colors);
      for (const color of CHART_COLORS) expect(theme.series(color)).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it("uses a grid darker than the axis labels on dark and lighter on light", () => {
    const dark = chartTheme("dark", colors);
    const light = chartTheme("light", colors);
    expect(dark.grid).toBe(colors.dark[4]);
    expect(light.grid).toBe(colors.gray[2]);
    expect(dark.axis).not.toBe(light.axis);
  });
});
