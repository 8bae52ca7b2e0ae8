import { describe, expect, it } from "vitest";
import { exportHref } from "./report-exports.ts";

const REPORT_ID = "7d1e3c9a-0000-4000-8000-0000000000a2";

describe("exportHref", () => {
  it("links each format's export route", () => {
    expect(exportHref(REPORT_ID, "pdf")).toBe(`/api/v1/health-reports/${REPORT_ID}/export.pdf`);
    expect(exportHref(REPORT_ID, "html")).toMatch(/export\.html$/);
    expect(exportHref(REPORT_ID, "json")).toMatch(/export\.json$/);
  });
});
