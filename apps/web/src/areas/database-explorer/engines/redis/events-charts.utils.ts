import type { SeriesResponse } from "@logstag/api-contract";
import { type ChartColor, paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";

/** LATENCY LATEST per event, of the medium interval group. */
export const LATENCY_METRICS = ["redis.latency.latest_ms", "redis.latency.max_ms"] as const;

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

function valuesByLabel(
  response: SeriesResponse,
  metric: string,
  label: string,
): Map<string, readonly (number | null)[]> {
  const out = new Map<string, readonly (number | null)[]>();
  for (const s of response.series) {
    if (s.metric === metric) out.set(s.labels[label] ?? "all", s.values);
  }
  return out;
}

/**
 * Per latency event (command, fork, expire-cycle, …): its latest spike as a line and its largest
 * one dashed in the same colour, so each event reads as one pair.
 */
export function buildLatencyEventsChart(response: SeriesResponse): ChartData {
  const latest = valuesByLabel(response, "redis.latency.latest_ms", "event");
  const max = valuesByLabel(response, "redis.latency.max_ms", "event");
  const events = [...new Set([...latest.keys(), ...max.keys()])].sort(byName);
  const series: ChartSeries[] = [];
  events.forEach((event, index) => {
    const color = paletteColor(index);
    const last = latest.get(event);
    const largest = max.get(event);
    if (last) series.push({ label: `${event} latest`, values: last, color });
    if (largest) series.push({ label: `${event} max`, values: largest, color, dashed: true });
  });
  return { timestamps: response.timestamps, series };
}

/** The reasons Redis and Valkey report keep their colour whichever of them occur. */
const REASON_COLORS: Record<string, ChartColor> = {
  auth: "red",
  cmd: "orange",
  key: "violet",
  channel: "cyan",
};

/** Refusals are rare: per minute and per reason (auth, cmd, key, channel). */
export function buildAclDeniedChart(response: SeriesResponse): ChartData {
  const perReason = valuesByLabel(response, "redis.acl.denied", "reason");
  const series: ChartSeries[] = [...perReason.keys()].sort(byName).map((reason, index) => ({
    label: `${reason}/min`,
    values: (perReason.get(reason) ?? []).map((v) => (v === null ? null : v * 60)),
    color: REASON_COLORS[reason] ?? paletteColor(index),
  }));
  return { timestamps: response.timestamps, series };
}

/** "0.5 ms", "12 ms", "1.2 s". */
export function formatMilliseconds(value: number): string {
  if (Math.abs(value) >= 1000) return `${Number((value / 1000).toFixed(1))} s`;
  return `${Number(value.toFixed(Math.abs(value) < 10 ? 1 : 0))} ms`;
}
