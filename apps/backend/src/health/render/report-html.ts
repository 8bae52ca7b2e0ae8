import type { Finding, HealthReport } from "@logstag/api-contract";
import {
  CATEGORY_LABELS,
  diffSentence,
  engineLabel,
  findingTitle,
  formatTime,
  groupFindings,
  SEVERITY_COLORS,
  scoreColor,
  scoreVerdict,
  severityLabel,
} from "./report-layout.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
*{box-sizing:border-box}body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
main{max-width:980px;margin:0 auto;padding:32px 24px}header{display:flex;gap:24px;align-items:center;background:#fff;border-radius:10px;padding:24px;border:1px solid #e4e7eb}
h1{font-size:22px;margin:0}h2{font-size:17px;margin:32px 0 12px;border-bottom:2px solid #e4e7eb;padding-bottom:6px}h3{font-size:15px;margin:0}
.score{width:110px;height:110px;border-radius:50%;border:8px solid;display:flex;flex-direction:column;align-items:center;justify-content:center;flex:none}
.score b{font-size:34px;line-height:1}.muted{color:#616e7c}.meta{color:#616e7c;font-size:13px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#f0f4f8;font-weight:600}.card{background:#fff;border:1px solid #e4e7eb;border-left:5px solid;border-radius:8px;padding:16px;margin:12px 0}
.badge{display:inline-block;color:#fff;border-radius:4px;padding:1px 8px;font-size:12px;font-weight:600;margin-right:8px}
.tag{display:inline-block;border:1px solid #cbd2d9;border-radius:4px;padding:0 6px;font-size:12px;margin-left:6px;color:#52606d}
pre{background:#102a43;color:#f0f4f8;padding:10px 12px;border-radius:6px;overflow:auto;white-space:pre-wrap;margin:0}
.cmd{position:relative}.cmd button{position:absolute;top:6px;right:6px;font-size:12px;border:0;border-radius:4px;padding:2px 8px;cursor:pointer}
a{color:#1c7ed6}ul{padding-left:20px}footer{margin-top:40px;color:#9aa5b1;font-size:12px}
@media print{body{background:#fff}.cmd button{display:none}.card{break-inside:avoid}}`;

// Copy buttons work offline: the page carries its own few lines of script.
const SCRIPT = `document.addEventListener("click",e=>{const b=e.target.closest("button[data-copy]");if(!b)return;
const t=b.parentElement.querySelector("pre").innerText;navigator.clipboard.writeText(t).then(()=>{b.textContent="Copied";setTimeout(()=>b.textContent="Copy",1500)})});`;

function findingCard(f: Finding): string {
  const color = SEVERITY_COLORS[f.severity];
  const evidence = f.evidence.length
    ? `<table><tbody>${f.evidence.map((e) => `<tr><th style="width:32%">${esc(e.label)}</th><td>${esc(e.value)}</td></tr>`).join("")}</tbody></table>`
    : "";
  return `<div class="card" style="border-left-color:${color}" id="${esc(f.checkId)}">
<h3><span class="badge" style="background:${color}">${severityLabel(f.severity)}</span>${esc(f.title)}${f.change === "new" ? '<span class="tag">new</span>' : ""}${f.muted ? `<span class="tag">muted until ${esc(f.muted.until.slice(0, 10))}</span>` : ""}</h3>
<p>${esc(f.summary)}</p>${evidence}
<p><b>Recommendation.</b> ${esc(f.recommendation)}</p>
${f.command ? `<div class="cmd"><pre>${esc(f.command)}</pre><button data-copy>Copy</button></div>` : ""}
<p class="meta">Check <code>${esc(f.checkId)}</code> · weight ${f.weight}${f.muted ? ` (muted by ${esc(f.muted.by)}: ${esc(f.muted.reason)})` : ""} · <a href="${esc(f.docsUrl)}">documentation</a></p></div>`;
}

function scoreTable(report: HealthReport): string {
  if (report.findings.length === 0) return "<p>No findings: nothing is taken off the score.</p>";
  const rows = report.findings
    .map((f) => {
      const points = report.scoring.severityPoints[f.severity] ?? 0;
      const factor = report.scoring.categoryFactors[f.category] ?? 1;
      return `<tr><td><a href="#${esc(f.checkId)}">${esc(f.title)}</a></td><td>${severityLabel(f.severity)} (${points})</td><td>${CATEGORY_LABELS[f.category]} (×${factor})</td><td>${f.muted ? "0 (muted)" : `−${f.weight}`}</td></tr>`;
    })
    .join("");
  return `<table><thead><tr><th>Finding</th><th>Severity (points)</th><th>Category (factor)</th><th>Weight</th></tr></thead><tbody>${rows}
<tr><th colspan="3">Score: 100 − ${report.findings.reduce((s, f) => s + f.weight, 0).toFixed(1)} (never below 0)</th><th>${report.score}</th></tr></tbody></table>
<p class="meta">${esc(report.scoring.rule)}.</p>`;
}

/** The report as one self-contained HTML page: inline style and script, no external resource. */
export function renderReportHtml(report: HealthReport): string {
  const color = scoreColor(report.score);
  const groups = groupFindings(report)
    .map(
      (g) =>
        `<h2>${CATEGORY_LABELS[g.category]} (${g.findings.length})</h2>${g.findings.map(findingCard).join("")}`,
    )
    .join("");
  const diff = report.diff;
  const resolved = diff.resolved.length
    ? `<p><b>Resolved since the previous report:</b> ${diff.resolved.map((r) => esc(r.title)).join(", ")}.</p>`
    : "";
  const fresh =
    diff.new.length && diff.previousReportId
      ? `<p><b>New:</b> ${diff.new.map((id) => esc(findingTitle(report, id))).join(", ")}.</p>`
      : "";
  const notEvaluated = report.notEvaluated.length
    ? `<table><thead><tr><th>Check</th><th>Why it was not evaluated</th><th>What makes it run</th></tr></thead><tbody>${report.notEvaluated
        .map(
          (n) =>
            `<tr><td>${esc(n.title)}<br><code class="muted">${esc(n.checkId)}</code></td><td>${esc(n.reason)}</td><td>${n.fix ? `<code>${esc(n.fix)}</code>` : "–"}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "<p>Every check could run.</p>";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Health check: ${esc(report.target.name)} — ${esc(report.generatedAt.slice(0, 10))}</title><style>${STYLE}</style></head><body><main>
<header><div class="score" style="border-color:${color};color:${color}"><b>${report.score}</b><span>/ 100</span></div>
<div><h1>Health check report — ${esc(report.target.name)}</h1>
<div class="meta">${esc(engineLabel(report))}${report.target.version ? ` · ${esc(report.target.version)}` : ""}${report.target.endpoint ? ` · ${esc(report.target.endpoint)}` : ""}</div>
<div class="meta">Generated ${esc(formatTime(report.generatedAt))} (${report.trigger}) from data collected in the preceding ${report.dataWindowHours} h</div>
<p style="margin:8px 0 0"><b style="color:${color}">${scoreVerdict(report.score)}.</b> ${report.counts.findings} finding(s)${report.counts.muted ? `, ${report.counts.muted} muted` : ""}, ${report.counts.passed} check(s) passed, ${report.counts.notEvaluated} not evaluated.</p></div></header>
<h2>Since the previous report</h2><p>${esc(diffSentence(report))}</p>${fresh}${resolved}
<h2>How the score is made</h2>${scoreTable(report)}
${groups || "<h2>Findings</h2><p>No findings.</p>"}
<h2>Not evaluated (${report.notEvaluated.length})</h2><p class="muted">These checks did not run, so they are neither passed nor failed.</p>${notEvaluated}
<h2>Passed (${report.passed.length})</h2><p class="muted">Checked and not found:</p><ul>${report.passed.map((p) => `<li>${esc(p.title)} <span class="muted">(${CATEGORY_LABELS[p.category]})</span></li>`).join("")}</ul>
<footer>Logstag health check report ${esc(report.id)} · format ${esc(report.format)}</footer>
</main><script>${SCRIPT}</script></body></html>`;
}
