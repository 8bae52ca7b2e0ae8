import { Box, Center, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./time-series-chart.css";
import type { ChartTheme } from "./chart-colors.ts";
import { stackBands, stackColumns } from "./stacked-series.utils.ts";
import {
  type ChartData,
  countPoints,
  formatCompactNumber,
  seriesShapeKey,
} from "./time-series-chart.utils.ts";
import { valueAxisSize } from "./uplot-axis.ts";
import { refineGaps } from "./uplot-gaps.ts";
import { useChartTheme } from "./use-chart-theme.ts";

interface StackedAreaChartProps {
  data: ChartData;
  height?: number;
  formatValue?: (value: number) => string;
  emptyText?: string;
  /** Called with the time (epoch seconds) of the bucket under the cursor when the chart is clicked. */
  onPickTime?: (bucketStart: number) => void;
  /** Epoch seconds of a moment to mark with a vertical line. */
  markerTime?: number | null;
  testId?: string;
}

/** A uPlot chart of layers stacked on each other; the legend shows each layer's own value. */
export function StackedAreaChart({
  data,
  height = 220,
  formatValue = formatCompactNumber,
  emptyText = "No data in this range yet.",
  onPickTime,
  markerTime = null,
  testId,
}: StackedAreaChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const live = useRef({ data, formatValue, onPickTime, markerTime });
  live.current = { data, formatValue, onPickTime, markerTime };
  const shape = seriesShapeKey(data);
  const points = countPoints(data);
  const colors = useChartTheme();

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuild only when the layers or the colour scheme change; values, marker and callbacks are read through `live`.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const plot = new uPlot(
      buildOptions(live, container.clientWidth, height, colors),
      toStackedData(live.current.data),
      container,
    );
    plotRef.current = plot;
    const onClick = () => {
      const index = plot.cursor.idx;
      const at = index == null ? undefined : plot.data[0][index];
      if (at !== undefined) live.current.onPickTime?.(at);
    };
    plot.over.addEventListener("click", onClick);
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: container.clientWidth, height }),
    );
    observer.observe(container);
    return () => {
      observer.disconnect();
      plot.over.removeEventListener("click", onClick);
      plot.destroy();
      plotRef.current = null;
    };
  }, [shape, height, colors]);

  useEffect(() => {
    plotRef.current?.setData(toStackedData(data));
  }, [data]);

  useEffect(() => {
    if (markerTime !== undefined) plotRef.current?.redraw(false, false);
  }, [markerTime]);

  return (
    <Box
      pos="relative"
      data-testid={testId}
      data-points={points}
      style={onPickTime ? { cursor: "pointer" } : undefined}
    >
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
function toStackedData(data: ChartData): uPlot.AlignedData {
  const stacked = stackColumns(
    data.series.map((s) => s.values),
    data.timestamps.length,
  );
  return [Array.from(data.timestamps), ...stacked] as uPlot.AlignedData;
}

interface LiveProps {
  data: ChartData;
  formatValue: (value: number) => string;
  markerTime: number | null;
}

function buildOptions(
  live: { current: LiveProps },
  width: number,
  height: number,
  colors: ChartTheme,
): uPlot.Options {
  const axisStroke = colors.axis;
  const grid = { stroke: colors.grid, width: 1 };
  const layers = live.current.data.series;
  const format = (value: number) => live.current.formatValue(value);
  return {
    width,
    height,
    scales: {
      x: { time: true },
      y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] },
    },
    cursor: { drag: { x: false, y: false } },
    legend: { show: true, live: true },
    bands: stackBands(layers.length).map(([upper, lower]) => ({ series: [upper, lower] })),
    series: [
      {},
      ...layers.map(
        (layer, index): uPlot.Series => ({
          label: layer.label,
          stroke: colors.series(layer.color),
          fill: `${colors.series(layer.color)}${colors.fillAlpha}`,
          width: 1,
          points: { show: false },
          spanGaps: false,
          gaps: refineGaps,
          value: (_plot, _stacked, _series, row) => {
            const own = row == null ? null : live.current.data.series[index]?.values[row];
            return own == null ? "–" : format(own);
          },
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
        values: (_plot, splits) => splits.map(format),
      },
    ],
    hooks: { draw: [(plot) => drawMarker(plot, live.current.markerTime, colors.marker)] },
  };
}

function drawMarker(plot: uPlot, at: number | null, color: string): void {
  if (at === null) return;
  const x = plot.valToPos(at, "x", true);
  const { left, top, width, height } = plot.bbox;
  if (x < left || x > left + width) return;
  const ctx = plot.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2 * devicePixelRatio;
  ctx.beginPath();
  ctx.moveTo(x, top);
  ctx.lineTo(x, top + height);
  ctx.stroke();
  ctx.restore();
}
