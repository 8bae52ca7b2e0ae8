/**
 * Cumulative columns for a stacked area chart: column k holds the sum of columns 0…k. In a bucket
 * where at least one column has a value, missing values count as 0; a bucket where none has a
 * value stays null in every column, so an outage is drawn as a gap and not as a drop to zero.
 */
export function stackColumns(
  columns: readonly (readonly (number | null)[])[],
  length = Math.max(0, ...columns.map((c) => c.length)),
): (number | null)[][] {
  const stacked = columns.map(() => new Array<number | null>(length).fill(null));
  for (let i = 0; i < length; i++) {
    if (columns.every((column) => column[i] == null)) continue;
    let sum = 0;
    columns.forEach((column, k) => {
      sum += column[i] ?? 0;
      const target = stacked[k];
      if (target) target[i] = sum;
    });
  }
  return stacked;
}

/**
 * uPlot bands that fill each layer down to the one below it, as [upper, lower] series indexes
 * (uPlot counts the time axis as series 0, so the first layer is series 1).
 */
export function stackBands(layerCount: number): [number, number][] {
  const bands: [number, number][] = [];
  for (let layer = 2; layer <= layerCount; layer++) bands.push([layer, layer - 1]);
  return bands;
}

/** The largest stacked value, for the y scale; 0 when nothing was drawn. */
export function stackedMax(stacked: readonly (readonly (number | null)[])[]): number {
  const top = stacked.at(-1) ?? [];
  let max = 0;
  for (const value of top) if (value !== null && value > max) max = value;
  return max;
}
