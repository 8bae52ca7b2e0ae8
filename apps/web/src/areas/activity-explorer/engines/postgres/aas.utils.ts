import type { SeriesResponse } from "@logstag/api-contract";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";
import { paletteColor } from "../../../../components/time-series-chart.utils.ts";

export const AAS_METRICS = ["postgres.activity.active"] as const;

/** Bottom to top: running on CPU first, then the waits an operator acts on most. */
const WAIT_TYPES: readonly { type: string; color: string }[] = [
  { type: "CPU", color: "#40c057" },
  { type: "IO", color: "#228be6" },
  { type: "LWLock", color: "#e64980" },
  { type: "Lock", color: "#fa5252" },
  { type: "BufferPin", color: "#fd7e14" },
  { type: "IPC", color: "#7950f2" },
  { type: "Timeout", color: "#fab005" },
  { type: "Client", color: "#15aabf" },
  { type: "Extension", color: "#82c91e" },
  { type: "Activity", color: "#adb5bd" },
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
