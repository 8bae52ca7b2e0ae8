import type { SeriesResponse } from "@logstag/api-contract";
import { type ChartColor, paletteColor } from "../../../../components/chart-colors.ts";
import type { ChartData, ChartSeries } from "../../../../components/time-series-chart.utils.ts";
import { sumValues } from "../../chart-math.utils.ts";

export const CONNECTION_METRICS = ["postgres.connections", "postgres.connections.max"] as const;

const MAX_CONNECTIONS_COLOR: ChartColor = "red";

/** pg_stat_activity's states in the order an operator reads them; unknown states follow by name. */
const STATE_ORDER = [
  "active",
  "idle",
  "idle in transaction",
  "idle in transaction (aborted)",
  "fastpath function call",
  "disabled",
];

type Series = SeriesResponse["series"][number];

/** One line per connection state plus max_connections as a dashed limit line. */
export function buildConnectionsChart(response: SeriesResponse): ChartData {
  const byState = new Map<string, (number | null)[]>();
  for (const series of response.series) {
    if (series.metric !== "postgres.connections") continue;
    const state = series.labels.state ?? "all";
    const previous = byState.get(state);
    byState.set(state, previous ? sumValues([previous, series.values]) : [...series.values]);
  }
  const states = [...byState.keys()].sort(compareStates);
  const lines: ChartSeries[] = states.map((state, index) => ({
    label: state,
    values: byState.get(state) ?? [],
    color: paletteColor(index),
  }));
  const max = response.series.find((s) => s.metric === "postgres.connections.max");
  if (max) {
    lines.push({
      label: "max_connections",
      values: max.values,
      color: MAX_CONNECTIONS_COLOR,
      dashed: true,
    });
  }
  return { timestamps: response.timestamps, series: lines };
}

/** Commits and rollbacks per second, each summed over all databases of the instance. */
export function buildTransactionsChart(response: SeriesResponse): ChartData {
  const pick = (metric: string) => response.series.filter((s) => s.metric === metric);
  const commits = pick("postgres.database.xact_commit");
  const rollbacks = pick("postgres.database.xact_rollback");
  const lines: ChartSeries[] = [];
  if (commits.length > 0) {
    lines.push({
      label: "commits/s",
      values: sumSeries(commits, response.timestamps.length),
      color: paletteColor(1),
    });
  }
  if (rollbacks.length > 0) {
    lines.push({
      label: "rollbacks/s",
      values: sumSeries(rollbacks, response.timestamps.length),
      color: paletteColor(4),
    });
  }
  return { timestamps: response.timestamps, series: lines };
}

function sumSeries(series: readonly Series[], length: number): (number | null)[] {
  return sumValues(
    series.map((s) => s.values),
    length,
  );
}

function compareStates(a: string, b: string): number {
  const rank = (state: string) => {
    const index = STATE_ORDER.indexOf(state);
    return index === -1 ? STATE_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
