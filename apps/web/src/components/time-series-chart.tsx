import { Box, Center, Text, Tooltip } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
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
import {
  type ChartMarker,
  markersPlugin,
  type PlacedMarker,
  samePlacement,
} from "./uplot-markers.ts";
import { useChartTheme } from "./use-chart-theme.ts";

interface TimeSeriesChartProps {
  data: ChartData;
  height?: number;
  formatValue?: (value: number) => string;
  emptyText?: string;
  testId?: string;
  /** Vertical lines at events (e.g. schema changes), each with a tooltip listing what happened. */
  markers?: readonly ChartMarker[];
}

const NO_MARKERS: readonly ChartMarker[] = [];

/** A uPlot canvas line chart that follows its container's width and leaves gaps where values are null. */
export function TimeSeriesChart({
  data,
  height = 220,
  formatValue = formatCompactNumber,
  emptyText = "No data in this range yet.",
  testId,
  markers = NO_MARKERS,
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
  const markersRef = useRef(markers);
  markersRef.current = markers;
  const [placed, setPlaced] = useState<{ markers: PlacedMarker[]; top: number; left: number }>({
    markers: [],
    top: 0,
    left: 0,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuild only when the series definitions or the colour scheme change; values flow in through setData below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const options = buildOptions(dataRef.current, container.clientWidth, height, colors, (v) =>
      formatRef.current(v),
    );
    options.plugins = [
      markersPlugin(
        () => markersRef.current,
        (next, plot) => {
          const top = plot.over.offsetTop;
          const left = plot.over.offsetLeft;
          setPlaced((prev) =>
            prev.top === top && prev.left === left && samePlacement(prev.markers, next)
              ? prev
              : { markers: next, top, left },
          );
        },
      ),
    ];
    const plot = new uPlot(options, toUplotData(dataRef.current), container);
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

  useEffect(() => {
    if (markers !== NO_MARKERS) plotRef.current?.redraw(false);
  }, [markers]);

  return (
    <Box pos="relative" data-testid={testId} data-points={points}>
      <div ref={containerRef} />
      {placed.markers.map((marker) => (
        <Tooltip
          key={marker.at}
          label={marker.lines.map((line) => <div key={line}>{line}</div>)}
          multiline
          maw={420}
          withArrow
          fz="xs"
        >
          <Box
            pos="absolute"
            top={placed.top}
            left={placed.left + marker.left - 5}
            w={10}
            h={10}
            bg={marker.color}
            style={{ transform: "rotate(45deg)", cursor: "help", borderRadius: 2 }}
            data-testid="chart-marker"
          />
        </Tooltip>
      ))}
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
