import { renderReportHtml } from "../../health/render/report-html.ts";
import { renderReportPdf } from "../../health/render/report-pdf.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { readReport } from "./get-report.ts";

export type ExportFormat = "json" | "html" | "pdf";

export interface ExportedReport {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
};

/** A report as a file: JSON (the report schema), standalone HTML, or PDF. */
export async function exportReport({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { reportId: string; format: ExportFormat };
}): Promise<ExportedReport> {
  authorize(ctx, "reports.read");
  const report = await readReport(ctx, input.reportId);
  const safeName = report.target.name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80) || "target";
  const fileName = `logstag-health-${safeName}-${report.generatedAt.slice(0, 10)}.${input.format}`;
  const body =
    input.format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : input.format === "html"
        ? renderReportHtml(report)
        : await renderReportPdf(report);
  return { fileName, contentType: CONTENT_TYPES[input.format], body };
}
