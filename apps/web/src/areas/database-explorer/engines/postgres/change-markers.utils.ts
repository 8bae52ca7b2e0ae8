import type { ChangeEvent } from "@logstag/api-contract";
import type { ChartMarker } from "../../../../components/uplot-markers.ts";

/** Orange reads on light and dark backgrounds; canvas strokes need a plain colour. */
export const CHANGE_MARKER_COLOR = "#f76707";
/** Lines of one marker's tooltip before "and N more". */
export const MAX_MARKER_LINES = 8;

function kindLabel(kind: string): string {
  return kind.split(".").at(-1) ?? kind;
}

/** One marker per moment that saw changes, its tooltip listing them (newest events first in, oldest moment first out). */
export function changeMarkers(events: readonly ChangeEvent[]): ChartMarker[] {
  const byMoment = new Map<number, string[]>();
  for (const event of events) {
    const at = Math.floor(Date.parse(event.at) / 1000);
    if (!Number.isFinite(at)) continue;
    const fields = event.diff.map((d) => d.field).join(", ");
    const line = `${event.change} ${kindLabel(event.kind)} ${event.objectType.replace("_", " ")} ${event.objectName}${fields ? ` (${fields})` : ""}`;
    const lines = byMoment.get(at) ?? [];
    if (!lines.includes(line)) lines.push(line);
    byMoment.set(at, lines);
  }
  return [...byMoment.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, lines]) => ({
      at,
      color: CHANGE_MARKER_COLOR,
      lines:
        lines.length > MAX_MARKER_LINES
          ? [...lines.slice(0, MAX_MARKER_LINES), `and ${lines.length - MAX_MARKER_LINES} more`]
          : lines,
    }));
}
