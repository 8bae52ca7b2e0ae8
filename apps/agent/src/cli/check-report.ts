import type { TargetConfig } from "../config/agent-config.ts";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { countDiagnostics, diagnosticLines } from "./check-diagnostics.ts";

export interface TargetReport {
  ok: boolean;
  lines: string[];
}

/** One headline per target, then one line per collector when any of them failed. */
export function reportTarget(
  target: TargetConfig,
  payloads: readonly CollectedPayload[],
): TargetReport {
  const head = `${target.name} (${target.engine} ${target.endpoint})`;
  const failed = payloads.filter((p) => p.payload.status === "error");
  const inventory = payloads.find((p) => p.payload.data.inventory)?.payload.data.inventory;
  const facts = inventory ? [`${inventory.engineVersion}, ${inventory.role}`] : [];
  const missing = countDiagnostics(payloads);
  const missingNote = missing ? [`${missing} missing privileges or settings`] : [];
  if (failed.length === 0) {
    const summary = [[...facts, `${payloads.length} collectors`].join(", "), ...missingNote];
    return {
      ok: true,
      lines: [`${head}: OK — ${summary.join("; ")}`, ...diagnosticLines(payloads)],
    };
  }
  const errors = failed.map((p) => p.payload.error);
  if (failed.length === payloads.length && errors.every((e) => e?.kind === "connection")) {
    const e = errors[0];
    return { ok: false, lines: [`${head}: FAILED — ${e?.kind}: ${e?.message}`] };
  }
  const width = Math.max(...payloads.map((p) => p.payload.collector.length));
  const lines = payloads.map(({ payload: p }) => {
    const outcome = p.status === "ok" ? "ok" : `${p.error?.kind}: ${p.error?.message}`;
    return `  ${p.collector.padEnd(width)}  ${outcome}`;
  });
  const summary = [
    ...facts,
    `${failed.length} of ${payloads.length} collectors failed`,
    ...missingNote,
  ];
  return {
    ok: false,
    lines: [`${head}: FAILED — ${summary.join("; ")}`, ...lines, ...diagnosticLines(payloads)],
  };
}

export function reportDisabled(target: TargetConfig): string {
  return `${target.name} (${target.engine} ${target.endpoint}): skipped (enabled = false)`;
}
