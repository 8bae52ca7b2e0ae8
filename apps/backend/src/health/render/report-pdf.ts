import type { Finding, HealthReport } from "@logstag/api-contract";
import PDFDocument from "pdfkit";
import { pdfText as t } from "./pdf-text.ts";
import {
  CATEGORY_LABELS,
  diffSentence,
  engineLabel,
  formatTime,
  groupFindings,
  SEVERITY_COLORS,
  scoreColor,
  scoreVerdict,
  severityLabel,
} from "./report-layout.ts";

type Doc = PDFKit.PDFDocument;
const MARGIN = 56;
const INK = "#1f2933";
const GREY = "#616e7c";

const width = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc) => doc.page.height - MARGIN - 20;

/** Starts a new page unless `height` more points fit on this one. */
function ensure(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** A section title never ends a page: the first block of the section must fit under it. */
function heading(doc: Doc, text: string): void {
  ensure(doc, 160);
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(15).fillColor(INK).text(t(text), MARGIN);
  const y = doc.y + 3;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width(doc), y)
    .lineWidth(1)
    .strokeColor("#d9dee4")
    .stroke();
  doc.y = y + 8;
}

function cover(doc: Doc, r: HealthReport): void {
  const color = scoreColor(r.score);
  doc.rect(0, 0, doc.page.width, 150).fill("#102a43");
  doc
    .fillColor("#9fb3c8")
    .font("Helvetica")
    .fontSize(10)
    .text("LOGSTAG  ·  DATABASE HEALTH CHECK", MARGIN, 40);
  doc
    .fillColor("#ffffff")
    .font("Helvetica-Bold")
    .fontSize(24)
    .text(t(r.target.name), MARGIN, 60, { width: width(doc) - 130 });
  const facts = [engineLabel(r), r.target.version, r.target.endpoint].filter(Boolean).join("  ·  ");
  doc
    .font("Helvetica")
    .fontSize(11)
    .fillColor("#d9e2ec")
    .text(t(facts), MARGIN, doc.y + 4, { width: width(doc) - 130 });
  doc.text(`Report of ${formatTime(r.generatedAt)}`, MARGIN, doc.y + 2);
  const cx = doc.page.width - MARGIN - 55;
  doc.circle(cx, 75, 50).fill("#ffffff");
  doc.circle(cx, 75, 50).lineWidth(7).strokeColor(color).stroke();
  doc
    .fillColor(color)
    .font("Helvetica-Bold")
    .fontSize(32)
    .text(String(r.score), cx - 50, 55, { width: 100, align: "center" });
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(GREY)
    .text("out of 100", cx - 50, 90, { width: 100, align: "center" });
  doc.y = 175;
  doc.font("Helvetica-Bold").fontSize(14).fillColor(color).text(scoreVerdict(r.score), MARGIN);
  doc.font("Helvetica").fontSize(11).fillColor(INK).moveDown(0.3);
  doc.text(
    t(
      `${r.counts.findings} finding(s)${r.counts.muted ? ` (${r.counts.muted} muted)` : ""}, ${r.counts.passed} of ${r.counts.checks} checks passed, ${r.counts.notEvaluated} could not be evaluated. The checks read the data Logstag collected in the ${r.dataWindowHours} hours before the report; nothing was run on the server for it.`,
    ),
    { width: width(doc) },
  );
  doc.moveDown(0.4).text(t(diffSentence(r)), { width: width(doc) });
}

function summaryTable(doc: Doc, r: HealthReport): void {
  heading(doc, "Summary of findings");
  if (r.findings.length === 0) {
    doc.font("Helvetica").fontSize(11).text("No findings.", MARGIN);
    return;
  }
  const cols = [MARGIN, MARGIN + 70, MARGIN + 330, MARGIN + 420];
  const header = ["Severity", "Finding", "Category", "Weight"];
  doc.font("Helvetica-Bold").fontSize(9).fillColor(GREY);
  const y0 = doc.y;
  for (const [i, h] of header.entries()) doc.text(h, cols[i], y0, { lineBreak: false });
  doc.moveDown(1);
  for (const f of r.findings) {
    const titleHeight = doc
      .font("Helvetica")
      .fontSize(10)
      .heightOfString(t(f.title), { width: 250 });
    ensure(doc, titleHeight + 8);
    const y = doc.y;
    doc.rect(cols[0] as number, y - 1, 58, 13).fill(SEVERITY_COLORS[f.severity]);
    doc
      .fillColor("#ffffff")
      .font("Helvetica-Bold")
      .fontSize(8)
      .text(severityLabel(f.severity).toUpperCase(), cols[0], y + 2, {
        width: 58,
        align: "center",
      });
    doc.fillColor(INK).font("Helvetica").fontSize(10).text(t(f.title), cols[1], y, { width: 250 });
    doc.text(CATEGORY_LABELS[f.category], cols[2], y, { lineBreak: false });
    doc.text(f.muted ? "0 (muted)" : `-${f.weight}`, cols[3], y, { lineBreak: false });
    doc.y = y + titleHeight + 6;
  }
  doc.moveDown(0.5).font("Helvetica").fontSize(8.5).fillColor(GREY);
  doc.text(
    t(
      `Score = 100 - sum of weights (never below 0). Weight = severity points (critical 25, high 12, medium 6, low 2, info 0) x category factor (availability and security 1.25, replication and capacity 1.1, configuration 1, performance 0.9, maintenance 0.8).`,
    ),
    MARGIN,
    doc.y,
    { width: width(doc) },
  );
}

function findingBlock(doc: Doc, f: Finding): void {
  const w = width(doc);
  ensure(doc, 120);
  const color = SEVERITY_COLORS[f.severity];
  const top = doc.y;
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .fillColor(INK)
    .text(t(f.title), MARGIN + 12, top, { width: w - 12 });
  doc
    .font("Helvetica")
    .fontSize(8.5)
    .fillColor(color)
    .text(
      t(
        `${severityLabel(f.severity).toUpperCase()}  ·  ${CATEGORY_LABELS[f.category]}  ·  weight ${f.weight}${f.change === "new" ? "  ·  NEW" : ""}${f.muted ? `  ·  MUTED until ${f.muted.until.slice(0, 10)}: ${f.muted.reason}` : ""}`,
      ),
      MARGIN + 12,
      doc.y + 1,
      { width: w - 12 },
    );
  doc.rect(MARGIN, top, 4, doc.y - top).fill(color);
  doc
    .moveDown(0.4)
    .font("Helvetica")
    .fontSize(10)
    .fillColor(INK)
    .text(t(f.summary), MARGIN, doc.y, { width: w });
  if (f.evidence.length) {
    doc.moveDown(0.4).font("Helvetica-Bold").fontSize(9).fillColor(GREY).text("EVIDENCE", MARGIN);
    for (const e of f.evidence) {
      const valueHeight = doc
        .font("Helvetica")
        .fontSize(9)
        .heightOfString(t(e.value), { width: w - 150 });
      ensure(doc, valueHeight + 4);
      const y = doc.y;
      doc
        .font("Helvetica-Bold")
        .fontSize(9)
        .fillColor(INK)
        .text(t(e.label), MARGIN, y, { width: 140 });
      const labelBottom = doc.y;
      doc.font("Helvetica").text(t(e.value), MARGIN + 150, y, { width: w - 150 });
      doc.y = Math.max(doc.y, labelBottom) + 2;
    }
  }
  doc
    .moveDown(0.4)
    .font("Helvetica-Bold")
    .fontSize(9)
    .fillColor(GREY)
    .text("RECOMMENDATION", MARGIN);
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor(INK)
    .text(t(f.recommendation), MARGIN, doc.y, { width: w });
  if (f.command) {
    const text = t(f.command);
    const h =
      doc
        .font("Courier")
        .fontSize(8.5)
        .heightOfString(text, { width: w - 16 }) + 12;
    ensure(doc, h + 4);
    const y = doc.y + 4;
    doc.roundedRect(MARGIN, y, w, h, 3).fill("#f0f4f8");
    doc
      .fillColor("#102a43")
      .font("Courier")
      .fontSize(8.5)
      .text(text, MARGIN + 8, y + 6, { width: w - 16 });
    doc.y = y + h;
  }
  doc
    .moveDown(0.3)
    .font("Helvetica")
    .fontSize(8.5)
    .fillColor("#1c7ed6")
    .text(t(f.docsUrl), MARGIN, doc.y, { link: f.docsUrl, width: w });
  doc.moveDown(1.2);
}

function notEvaluated(doc: Doc, r: HealthReport): void {
  heading(doc, `Not evaluated (${r.notEvaluated.length})`);
  doc
    .font("Helvetica")
    .fontSize(9.5)
    .fillColor(GREY)
    .text("These checks could not run; they are neither passed nor failed.", MARGIN);
  doc.moveDown(0.5);
  for (const n of r.notEvaluated) {
    const body = `${n.reason}${n.fix ? `  Fix: ${n.fix}` : ""}`;
    const h = doc
      .font("Helvetica")
      .fontSize(9)
      .heightOfString(t(body), { width: width(doc) - 170 });
    ensure(doc, h + 6);
    const y = doc.y;
    doc
      .font("Helvetica-Bold")
      .fontSize(9)
      .fillColor(INK)
      .text(t(n.title), MARGIN, y, { width: 160 });
    const left = doc.y;
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(INK)
      .text(t(body), MARGIN + 170, y, { width: width(doc) - 170 });
    doc.y = Math.max(left, doc.y) + 5;
  }
}

function footers(doc: Doc, r: HealthReport): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would start a new page; the footer lives there on purpose.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 10;
    doc.font("Helvetica").fontSize(8).fillColor("#9aa5b1");
    doc.text(
      t(`Logstag health check · ${r.target.name} · ${r.generatedAt.slice(0, 10)}`),
      MARGIN,
      y,
      { lineBreak: false },
    );
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, y, {
      width: width(doc),
      align: "right",
      lineBreak: false,
    });
  }
}

/** The report as a PDF a consultant could hand over: cover, summary, findings with fixes, gaps. */
export function renderReportPdf(r: HealthReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `Health check: ${r.target.name}`, Author: "Logstag" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  cover(doc, r);
  summaryTable(doc, r);
  for (const group of groupFindings(r)) {
    heading(doc, `${CATEGORY_LABELS[group.category]} (${group.findings.length})`);
    for (const f of group.findings) findingBlock(doc, f);
  }
  notEvaluated(doc, r);
  heading(doc, `Passed (${r.passed.length})`);
  doc
    .font("Helvetica")
    .fontSize(9.5)
    .fillColor(INK)
    .text(
      t(
        r.passed.length
          ? `Checked and not found: ${r.passed.map((p) => p.title).join("  ·  ")}.`
          : "None.",
      ),
      MARGIN,
      doc.y,
      {
        width: width(doc),
      },
    );
  footers(doc, r);
  doc.end();
  return done;
}
