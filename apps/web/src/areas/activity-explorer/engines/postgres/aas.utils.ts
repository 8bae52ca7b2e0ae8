import type { SeriesResponse } from "@logstag/api-contract";
import { type ChartColor, paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";

export const AAS_METRICS = ["postgres.activity.active"] as const;

/** Bottom to top: running on CPU first, then the waits an operator acts on most. */
const WAIT_TYPES: readonly { type: string; color: ChartColor }[] = [
  { type: "CPU", color: "green" },
  { type: "IO", color: "blue" },
  { type: "LWLock", color: "pink" },
  { type: "Lock", color: "red" },
  { type: "BufferPin", color: "orange" },
  { type: "IPC", color: "violet" },
  { type: "Timeout", color: "yellow" },
  { type: "Client", color: "cyan" },
  { type: "Extension", color: "lime" },
  { type: "Activity", color: "gray" },
];

function waitTypeRank(type: string): number {
  const index = WAIT_TYPES.findIndex((w) => w.type === type);
  return index === -1 ? WAIT_TYPES.length : index;
}

/** Average active sessions: one layer per wait event type, in a fixed order and color. */
export function buildAasChart(response: SeriesResponse): ChartData {
  const byType = new Map<string, (number | null)[]>();
  for (const series of response.series) {
    if (series.metric !== "postgres.activity.active") continue;
    const type = series.labels.wait_event_type ?? "CPU";
    const previous = byType.get(type);
    byType.set(
      type,
      previous ? previous.map((v, i) => addNullable(v, series.values[i])) : [...series.values],
    );
  }
  const types = [...byType.keys()].sort(
    (a, b) => waitTypeRank(a) - waitTypeRank(b) || a.localeCompare(b),
  );
  const series: ChartSeries[] = types.map((type, index) => ({
    label: type,
    values: byType.get(type) ?? [],
    color: WAIT_TYPES.find((w) => w.type === type)?.color ?? paletteColor(index),
  }));
  return { timestamps: response.timestamps, series };
}

function addNullable(a: number | null, b: number | null | undefined): number | null {
  if (a === null) return b ?? null;
  return b == null ? a : a + b;
}
