import { CATEGORY_FACTORS, SEVERITY_POINTS } from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";
import { listCheckInfo } from "../services/health/check-catalog.ts";

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The check tables of docs/health-checks.md, generated from the checks (a test keeps them equal). */
export function renderChecksDoc(): string {
  const checks = listCheckInfo();
  const families = [
    ...new Set(checks.map((c) => c.engines.map((e) => ENGINE_LABELS[e]).join(" and "))),
  ];
  const sections = families.map((family) => {
    const rows = checks
      .filter((c) => c.engines.map((e) => ENGINE_LABELS[e]).join(" and ") === family)
      .map(
        (c) =>
          `| \`${c.id}\` | ${cell(c.title)} | ${c.category} | ${c.severity} | ${cell(c.reads.join("; "))} | ${cell(c.why)} [docs](${c.docsUrl}) |`,
      );
    return [
      `### ${family} (${rows.length} checks)`,
      "",
      "| Check | Title | Category | Severity | Reads | Why it matters |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
    ].join("\n");
  });
  const points = Object.entries(SEVERITY_POINTS)
    .map(([s, p]) => `${s} ${p}`)
    .join(", ");
  const factors = Object.entries(CATEGORY_FACTORS)
    .map(([c, f]) => `${c} ×${f}`)
    .join(", ");
  return [`Severity points: ${points}. Category factors: ${factors}.`, "", ...sections].join(
    "\n\n",
  );
}
