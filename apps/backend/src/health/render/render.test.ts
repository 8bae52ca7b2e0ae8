import { healthReportSchema } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { sampleReport } from "../report-fixture.ts";
import { pdfText } from "./pdf-text.ts";
import { renderReportHtml } from "./report-html.ts";
import { renderReportPdf } from "./report-pdf.ts";

describe("report rendering", () => {
  const report = sampleReport();

  it("builds a report that matches its JSON schema, with a diff and a muted finding", () => {
    expect(healthReportSchema.safeParse(report).success).toBe(true);
    expect(report.diff.resolved.map((r) => r.checkId)).toContain("postgres.fsync_off");
    expect(report.findings.find((f) => f.checkId === "postgres.ssl_off")).toMatchObject({
      weight: 0,
      muted: { reason: expect.stringMatching(/proxy/) },
    });
    expect(report.score).toBe(
      Math.max(0, Math.round(100 - report.findings.reduce((s, f) => s + f.weight, 0))),
    );
  });

  it("renders standalone HTML: no external resource, escaped commands, copy buttons", () => {
    const html = renderReportHtml(report);
    expect(html).not.toMatch(/<link|src="http|@import|url\(http/);
    expect(html).toContain("ALTER SYSTEM SET password_encryption = &#39;scram-sha-256&#39;");
    expect(html.match(/data-copy/g)?.length).toBeGreaterThanOrEqual(
      report.findings.filter((f) => f.command).length,
    );
    expect(html).toContain("Resolved since the previous report");
  });

  it("renders a multi-page PDF with the target and score", async () => {
    const pdf = await renderReportPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it("spells characters the PDF fonts cannot print", () => {
    expect(pdfText("a → b − c ≥ d ×")).toBe("a -> b - c >= d ×");
  });
});
