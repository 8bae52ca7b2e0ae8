import { Box, Center, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./time-series-chart.css";
import type { ChartTheme } from "./chart-colors.ts";
import {
  type ChartData,
  countPoints,
  formatCompactNumber,
  seriesShapeKey,
  toAlignedColumns,
} from "./time-series-chart.utils.ts";
import { valueAxisSize } from "./uplot-axis.ts";
import { refineGaps } from "./uplot-gaps.ts";
import { useChartTheme } from "./use-chart-theme.ts";

interface TimeSeriesChartProps {
  data: ChartData;
  height?: number;
  formatValue?: (value: number) => string;
  emptyText?: string;
  testId?: string;
}

/** A uPlot canvas line chart that follows its container's width and leaves gaps where values are null. */
export function TimeSeriesChart({
  data,
  height = 220,
  formatValue = formatCompactNumber,
  emptyText = "No data in this range yet.",
  testId,
}: TimeSeriesChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  const formatRef = useRef(formatValue);
  dataRef.current = data;
  formatRef.current = formatValue;
  const shape = seriesShapeKey(data);
  const points = countPoints(data);
  const colors = useChartTheme();

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuild only when the series definitions or the colour scheme change; values flow in through setData below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const plot = new uPlot(
      buildOptions(dataRef.current, container.clientWidth, height, colors, (v) =>
        formatRef.current(v),
      ),
      toUplotData(dataRef.current),
      container,
    );
    plotRef.current = plot;
    const observer = new ResizeObserver(() => {
      plot.setSize({ width: container.clientWidth, height });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [shape, height, colors]);

  useEffect(() => {
    plotRef.current?.setData(toUplotData(data));
  }, [data]);

  return (
    <Box pos="relative" data-testid={testId} data-points={points}>
      <div ref={containerRef} />
      {points === 0 && (
        <Center pos="absolute" inset={0} style={{ pointerEvents: "none" }}>
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        </Center>
      )}
    </Box>
  );
}

/** uPlot types its columns as mutable arrays of numbers; null entries are how it draws gaps. */
function toUplotData(data: ChartData): uPlot.AlignedData {
  return toAlignedColumns(data) as uPlot.AlignedData;
}

function buildOptions(
  data: ChartData,
  width: number,
  height: number,
  colors: ChartTheme,
  formatValue: (value: number) => string,
): uPlot.Options {
  const axisStroke = colors.axis;
  const grid = { stroke: colors.grid, width: 1 };
  return {
    width,
    height,
    scales: { x: { time: true } },
    cursor: { drag: { x: false, y: false } },
    legend: { show: true, live: true },
    series: [
      {},
      ...data.series.map(
        (s): uPlot.Series => ({
          label: s.label,
          stroke: colors.series(s.color),
          width: s.dashed ? 1 : 1.5,
          dash: s.dashed ? [6, 4] : undefined,
          points: s.dashed ? { show: false } : undefined,
          spanGaps: false,
          gaps: refineGaps,
          value: (_plot, value) => (value === null ? "–" : formatValue(value)),
        }),
      ),
    ],
    axes: [
      { stroke: axisStroke, grid, ticks: grid },
      {
        stroke: axisStroke,
        grid,
        ticks: grid,
        size: valueAxisSize,
        values: (_plot, splits) => splits.map(formatValue),
      },
    ],
  };
}
