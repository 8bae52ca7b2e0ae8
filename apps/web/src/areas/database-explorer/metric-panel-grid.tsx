import type { SeriesResponse } from "@logstag/api-contract";
import { SimpleGrid } from "@mantine/core";
import { useMemo } from "react";
import type { ChartData } from "../../components/time-series-chart.utils.ts";
import type { ChartMarker } from "../../components/uplot-markers.ts";
import type { TimeRangeKey } from "../../lib/time-range.ts";
import { hasAnyValue } from "./chart-math.utils.ts";
import { MetricChartCard } from "./metric-chart-card.tsx";
import { useSeriesQuery } from "./series-query.ts";

export interface PanelDefinition {
  title: string;
  description: string;
  /** Panels that share a list share one request (TanStack Query dedupes by key). */
  metrics: readonly string[];
  build: (response: SeriesResponse) => ChartData;
  formatValue?: (value: number) => string;
  /** Text for a chart with no series at all, when that has a meaning of its own. */
  noSeriesText?: string;
  /** A remark drawn from the data, e.g. "maxmemory: no limit". */
  note?: (response: SeriesResponse) => string | undefined;
  testId: string;
}

/** A grid of metric charts; each engine brings its own panel list. */
export function MetricPanelGrid({
  panels,
  targetId,
  range,
  markers,
}: {
  panels: readonly PanelDefinition[];
  targetId: string;
  range: TimeRangeKey;
  /** Events drawn on every chart, e.g. schema and setting changes. */
  markers?: readonly ChartMarker[];
}) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {panels.map((panel) => (
        <MetricPanel
          key={panel.testId}
          panel={panel}
          targetId={targetId}
          range={range}
          markers={markers}
        />
      ))}
    </SimpleGrid>
  );
}

function MetricPanel({
  panel,
  targetId,
  range,
  markers,
}: {
  panel: PanelDefinition;
  targetId: string;
  range: TimeRangeKey;
  markers?: readonly ChartMarker[];
}) {
  const series = useSeriesQuery({ targetId, metrics: panel.metrics, range });
  const chart = useMemo(
    () => (series.data ? panel.build(series.data) : undefined),
    [series.data, panel],
  );
  return (
    <MetricChartCard
      title={panel.title}
      description={panel.description}
      chart={chart}
      isPending={series.isPending}
      isFetching={series.isFetching}
      error={series.error}
      onRetry={() => series.refetch()}
      formatValue={panel.formatValue}
      note={series.data ? panel.note?.(series.data) : undefined}
      emptyText={
        chart?.series.length === 0 && series.data && hasAnyValue(series.data)
          ? panel.noSeriesText
          : undefined
      }
      testId={panel.testId}
      markers={markers}
    />
  );
}
