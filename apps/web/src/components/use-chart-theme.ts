import { useComputedColorScheme, useMantineTheme } from "@mantine/core";
import { useMemo } from "react";
import { type ChartTheme, chartTheme } from "./chart-colors.ts";

/** The chart colours of the scheme the app shows now; a new object when the scheme changes. */
export function useChartTheme(): ChartTheme {
  const scheme = useComputedColorScheme("light", { getInitialValueInEffect: false });
  const { colors } = useMantineTheme();
  return useMemo(() => chartTheme(scheme, colors), [scheme, colors]);
}
