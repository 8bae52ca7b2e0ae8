import type { ChangeEvent } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { CHANGE_MARKER_COLOR, changeMarkers, MAX_MARKER_LINES } from "./change-markers.utils.ts";

function event(at: string, objectName: string, over: Partial<ChangeEvent> = {}): ChangeEvent {
  return {
    at,
    kind: "postgres.schema",
    objectType: "table",
    objectName,
    change: "created",
    diff: [],
    ...over,
  };
}

describe("changeMarkers", () => {
  it("puts the changes of one moment on one marker, oldest moment first", () => {
    const markers = changeMarkers([
      event("2026-01-01T01:00:00Z", "app: public.b"),
      event("2026-01-01T00:00:00Z", "work_mem", {
        kind: "postgres.settings",
        objectType: "setting",
        change: "altered",
        diff: [{ field: "value", before: "4MB", after: "8MB" }],
      }),
      event("2026-01-01T01:00:00Z", "app: public.a"),
    ]);
    expect(markers).toEqual([
      {
        at: Date.parse("2026-01-01T00:00:00Z") / 1000,
        color: CHANGE_MARKER_COLOR,
        lines: ["altered settings setting work_mem (value)"],
      },
      {
        at: Date.parse("2026-01-01T01:00:00Z") / 1000,
        color: CHANGE_MARKER_COLOR,
        lines: ["created schema table app: public.b", "created schema table app: public.a"],
      },
    ]);
  });

  it("shortens a long list", () => {
    const many = Array.from({ length: MAX_MARKER_LINES + 3 }, (_, i) =>
      event("2026-01-01T00:00:00Z", `t${i}`),
    );
    const [marker] = changeMarkers(many);
    expect(marker?.lines).toHaveLength(MAX_MARKER_LINES + 1);
    expect(marker?.lines.at(-1)).toBe("and 3 more");
  });
});
