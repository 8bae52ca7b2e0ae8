import type { Evidence, HealthCategory, HealthSeverity } from "@logstag/api-contract";
import type { EngineKind } from "@logstag/protocol";

/** One stored snapshot as the checks see it (rows not yet parsed). */
export interface SnapshotData {
  collectedAt: string;
  truncated: boolean;
  rows: unknown[];
}

/** One series over the report's data window, reduced to what checks ask of it. */
export interface SeriesSummary {
  metric: string;
  labels: Record<string, string>;
  /** Gauges: the newest bucket's average; counters: the newest bucket's rate per second. */
  latest: number | null;
  /** Gauges: the highest bucket average in the window. */
  max: number | null;
  /** Counters: the increase over the window (resets excluded); gauges: null. */
  increase: number | null;
  /** Seconds of samples the window holds. */
  coveredSeconds: number;
  /** Counters: times the value went down (statistics reset or restart). */
  resets: number;
  /** Epoch seconds of the newest bucket with data. */
  lastAt: number | null;
}

export interface InputDiagnostic {
  collector: string;
  code: string;
  missing: string;
  impact: string;
  fix: string;
}

/** Everything a check may read: stored data only, never the monitored server. */
export interface HealthInput {
  now: Date;
  target: {
    name: string;
    engine: EngineKind;
    version: string | null;
    role: string | null;
  };
  /** Newest snapshot of each kind within the window, by kind. */
  snapshots: Partial<Record<string, SnapshotData>>;
  series: SeriesSummary[];
  diagnostics: InputDiagnostic[];
  windowHours: number;
}

export type CheckResult =
  | { status: "pass" }
  | {
      status: "fail";
      /** Overrides the check's severity (e.g. escalates with the value). */
      severity?: HealthSeverity;
      summary: string;
      evidence: Evidence[];
      recommendation: string;
      command: string | null;
    }
  | { status: "not_evaluated"; reason: string; fix: string | null };

export interface HealthCheck {
  /** Stable: mutes and report diffs follow it. `<engine>.<name>`. */
  id: string;
  title: string;
  category: HealthCategory;
  /** Severity of a finding unless the result overrides it. */
  severity: HealthSeverity;
  /** The stored data it reads: `snapshot <kind>` and `metric <name>` entries. */
  reads: string[];
  /** Why it matters, for the documentation and the report. */
  why: string;
  docsUrl: string;
  /** Diagnostics (by code) that leave the data this check needs incomplete: then it is not evaluated. */
  blockedBy?: string[];
  evaluate(input: HealthInput): CheckResult;
}

/** Thrown by the helpers when data a check needs is not there; the runner reports it as not evaluated. */
export class NotEvaluatedError extends Error {
  constructor(
    readonly reason: string,
    readonly fix: string | null = null,
  ) {
    super(reason);
    this.name = "NotEvaluatedError";
  }
}
