import type { MantineColorsTuple } from "@mantine/core";

/** Series colours by name; each chart resolves them for the colour scheme it is drawn in. */
export const CHART_COLORS = [
  "blue",
  "teal",
  "yellow",
  "violet",
  "orange",
  "pink",
  "cyan",
  "lime",
  "green",
  "red",
  "gray",
] as const;
export type ChartColor = (typeof CHART_COLORS)[number];

/** The order used when series have no colour of their own meaning. */
const PALETTE: readonly ChartColor[] = CHART_COLORS.slice(0, 8);

export function paletteColor(index: number): ChartColor {
  return PALETTE[index % PALETTE.length] ?? "blue";
}

export type ChartScheme = "light" | "dark";

/** Everything a canvas chart paints besides its data, for one colour scheme. */
export interface ChartTheme {
  axis: string;
  grid: string;
  /** A picked moment (vertical line) on stacked charts. */
  marker: string;
  /** Alpha (two hex digits) appended to a series colour to fill a stacked layer. */
  fillAlpha: string;
  series(color: ChartColor): string;
}

type Palette = Record<ChartColor | "dark", MantineColorsTuple>;

/**
 * Lines use shade 6 on the light background and the lighter shade 4 on the dark one, where the
 * mid shades of violet, blue and red fall under a readable contrast; grid and axes follow the
 * greys Mantine uses for borders and dimmed text in each scheme.
 */
export function chartTheme(scheme: ChartScheme, colors: Palette): ChartTheme {
  const dark = scheme === "dark";
  const shade = dark ? 4 : 6;
  return {
    axis: dark ? colors.dark[1] : colors.gray[6],
    grid: dark ? colors.dark[4] : colors.gray[2],
    marker: dark ? colors.red[4] : colors.red[8],
    fillAlpha: dark ? "99" : "b3",
    series: (color) => colors[color][shade],
  };
}
