import { API_ROUTES, buildPath } from "@logstag/api-contract";

export type ExportFormat = "html" | "json" | "pdf";
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: "html", label: "HTML" },
  { format: "json", label: "JSON" },
  { format: "pdf", label: "PDF" },
];

const EXPORT_ROUTES = {
  html: API_ROUTES.healthChecks.exportHtml,
  json: API_ROUTES.healthChecks.exportJson,
  pdf: API_ROUTES.healthChecks.exportPdf,
} as const satisfies Record<ExportFormat, unknown>;

/** The download link of a report export; the session cookie authorizes it like any API call. */
export function exportHref(reportId: string, format: ExportFormat): string {
  return buildPath(EXPORT_ROUTES[format].path, { reportId });
}
