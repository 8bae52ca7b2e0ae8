import type { SeriesResponse } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { buildAasChart } from "./aas.utils.ts";

type Series = SeriesResponse["series"][number];

function active(type: string | undefined, values: (number | null)[]): Series {
  const labels: Record<string, string> = type ? { wait_event_type: type } : {};
  return { metric: "postgres.activity.active", labels, unit: "count", kind: "gauge", values };
}

describe("buildAasChart", () => {
  it("orders wait types CPU first with fixed colors, unknown ones last", () => {
    const chart = buildAasChart({
      from: 0,
      to: 20,
      step: 10,
      timestamps: [0, 10],
      series: [
        active("Lock", [1, 0]),
        active("Zebra", [0, 1]),
        active("CPU", [2, 3]),
        active("IO", [0.5, null]),
        { ...active("CPU", [9, 9]), metric: "postgres.connections" },
      ],
    });
    expect(chart.series.map((s) => s.label)).toEqual(["CPU", "IO", "Lock", "Zebra"]);
    expect(chart.series[0]).toMatchObject({ values: [2, 3], color: "green" });
    expect(chart.series[2]?.color).toBe("red");
  });

  it("merges series of the same type and calls an unlabelled one CPU", () => {
    const chart = buildAasChart({
      from: 0,
      to: 20,
      step: 10,
      timestamps: [0, 10],
      series: [active("CPU", [1, null]), active(undefined, [2, 3])],
    });
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([["CPU", [3, 3]]]);
  });
});
