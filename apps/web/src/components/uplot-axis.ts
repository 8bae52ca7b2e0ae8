import type uPlot from "uplot";

/** Wide enough for the longest tick label ("512 KiB/s" needs more room than "40"). */
export function valueAxisSize(_plot: uPlot, values: string[] | null): number {
  const longest = Math.max(0, ...(values ?? []).map((value) => value.length));
  return Math.max(40, Math.ceil(longest * 7 + 18));
}
