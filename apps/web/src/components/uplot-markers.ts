import type uPlot from "uplot";

/** A vertical line on a time chart, e.g. a schema or setting change. */
export interface ChartMarker {
  /** Epoch seconds. */
  at: number;
  /** What happened there, one line per item. */
  lines: readonly string[];
  color: string;
}

/** A marker inside the plot area, `left` in CSS pixels from the plot area's left edge. */
export interface PlacedMarker extends ChartMarker {
  left: number;
}

/** Draws each marker as a dashed vertical line and reports where the visible ones landed. */
export function markersPlugin(
  getMarkers: () => readonly ChartMarker[],
  onPlace: (placed: PlacedMarker[], plot: uPlot) => void,
): uPlot.Plugin {
  return {
    hooks: {
      draw: (plot) => {
        const { ctx } = plot;
        const { left, top, width, height } = plot.bbox;
        const placed: PlacedMarker[] = [];
        ctx.save();
        ctx.lineWidth = Math.max(1, devicePixelRatio);
        ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
        for (const marker of getMarkers()) {
          const x = Math.round(plot.valToPos(marker.at, "x", true));
          if (x < left || x > left + width) continue;
          ctx.strokeStyle = marker.color;
          ctx.beginPath();
          ctx.moveTo(x, top);
          ctx.lineTo(x, top + height);
          ctx.stroke();
          placed.push({ ...marker, left: plot.valToPos(marker.at, "x") });
        }
        ctx.restore();
        onPlace(placed, plot);
      },
    },
  };
}

/** Same markers at the same places: no new render needed. */
export function samePlacement(a: readonly PlacedMarker[], b: readonly PlacedMarker[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.at === b[i]?.at && Math.abs(m.left - (b[i]?.left ?? 0)) < 0.5)
  );
}
