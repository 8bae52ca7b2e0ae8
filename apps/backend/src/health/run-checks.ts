import type { Evidence, HealthCategory, HealthSeverity } from "@logstag/api-contract";
import type { HealthCheck, HealthInput, InputDiagnostic } from "./check-types.ts";
import { NotEvaluatedError } from "./check-types.ts";

export interface RawFinding {
  checkId: string;
  title: string;
  category: HealthCategory;
  severity: HealthSeverity;
  summary: string;
  evidence: Evidence[];
  recommendation: string;
  command: string | null;
  docsUrl: string;
}

export interface CheckRun {
  findings: RawFinding[];
  passed: { checkId: string; title: string; category: HealthCategory }[];
  notEvaluated: {
    checkId: string;
    title: string;
    category: HealthCategory;
    reason: string;
    fix: string | null;
  }[];
}

function blockingDiagnostic(check: HealthCheck, input: HealthInput): InputDiagnostic | undefined {
  if (!check.blockedBy?.length) return undefined;
  return input.diagnostics.find((d) => check.blockedBy?.includes(d.code));
}

/**
 * Runs each check on the stored data. A check whose data is incomplete (a diagnostic it names, a
 * missing snapshot or series) is "not evaluated" with the reason, never a pass.
 */
export function runChecks(checks: readonly HealthCheck[], input: HealthInput): CheckRun {
  const run: CheckRun = { findings: [], passed: [], notEvaluated: [] };
  for (const check of checks) {
    const head = { checkId: check.id, title: check.title, category: check.category };
    const blocked = blockingDiagnostic(check, input);
    if (blocked) {
      run.notEvaluated.push({
        ...head,
        reason: `the ${blocked.collector} collector lacks ${blocked.missing}: ${blocked.impact}`,
        fix: blocked.fix,
      });
      continue;
    }
    try {
      const result = check.evaluate(input);
      if (result.status === "pass") run.passed.push(head);
      else if (result.status === "not_evaluated")
        run.notEvaluated.push({ ...head, reason: result.reason, fix: result.fix });
      else
        run.findings.push({
          ...head,
          severity: result.severity ?? check.severity,
          summary: result.summary,
          evidence: result.evidence,
          recommendation: result.recommendation,
          command: result.command,
          docsUrl: check.docsUrl,
        });
    } catch (err) {
      if (!(err instanceof NotEvaluatedError)) {
        run.notEvaluated.push({ ...head, reason: `the check failed: ${String(err)}`, fix: null });
        continue;
      }
      // A missing setting is often hidden from the role rather than absent: name the grant.
      const privilege = input.diagnostics.find((d) => d.code.startsWith("pg_read_all_settings"));
      run.notEvaluated.push({
        ...head,
        reason: err.reason,
        fix: err.fix ?? (err.reason.includes("setting") && privilege ? privilege.fix : null),
      });
    }
  }
  return run;
}
