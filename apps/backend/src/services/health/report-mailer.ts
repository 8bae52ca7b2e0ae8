import type { HealthReport } from "@logstag/api-contract";
import nodemailer from "nodemailer";
import { renderReportHtml } from "../../health/render/report-html.ts";
import { renderReportPdf } from "../../health/render/report-pdf.ts";

export interface ReportMail {
  to: string[];
  scheduleName: string;
  reports: HealthReport[];
  attachments: string[];
}

/** Sends one e-mail with the schedule's reports; throws when the mail server refuses it. */
export type ReportMailer = (mail: ReportMail) => Promise<void>;

const fileBase = (r: HealthReport) =>
  `logstag-health-${r.target.name.replace(/[^A-Za-z0-9._-]+/g, "-")}-${r.generatedAt.slice(0, 10)}`;

/** Same SMTP settings as invitations (LOGSTAG_SMTP_URL, LOGSTAG_SMTP_FROM). */
export function createReportMailer(smtp: { url: string; from: string }): ReportMailer {
  const transport = nodemailer.createTransport(smtp.url);
  return async (mail) => {
    const lines = mail.reports.map(
      (r) =>
        `${r.target.name}: score ${r.score}/100, ${r.counts.findings} finding(s), ${r.diff.new.length} new, ${r.diff.resolved.length} resolved`,
    );
    const attachments = [];
    for (const r of mail.reports) {
      if (mail.attachments.includes("pdf"))
        attachments.push({ filename: `${fileBase(r)}.pdf`, content: await renderReportPdf(r) });
      if (mail.attachments.includes("html"))
        attachments.push({ filename: `${fileBase(r)}.html`, content: renderReportHtml(r) });
      if (mail.attachments.includes("json"))
        attachments.push({ filename: `${fileBase(r)}.json`, content: JSON.stringify(r, null, 2) });
    }
    await transport.sendMail({
      from: smtp.from,
      to: mail.to,
      subject: `Logstag health reports: ${mail.scheduleName}`,
      text: [`Health check reports of schedule "${mail.scheduleName}":`, "", ...lines].join("\n"),
      attachments,
    });
  };
}
