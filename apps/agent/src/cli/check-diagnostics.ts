import type { Diagnostic } from "@logstag/protocol";
import type { CollectedPayload } from "../scheduler/collected.ts";

/** Each distinct missing privilege or setting once, with the collectors it affects and its fix. */
export function diagnosticLines(payloads: readonly CollectedPayload[]): string[] {
  const byCode = new Map<string, { diagnostic: Diagnostic; collectors: string[] }>();
  for (const { payload } of payloads) {
    for (const diagnostic of payload.data.diagnostics ?? []) {
      const seen = byCode.get(diagnostic.code);
      if (seen) seen.collectors.push(payload.collector);
      else byCode.set(diagnostic.code, { diagnostic, collectors: [payload.collector] });
    }
  }
  return [...byCode.values()].flatMap(({ diagnostic: d, collectors }) => [
    `  missing ${d.missing} (${collectors.join(", ")}): ${d.impact}`,
    `    fix: ${d.fix}`,
  ]);
}

export function countDiagnostics(payloads: readonly CollectedPayload[]): number {
  return new Set(payloads.flatMap((p) => (p.payload.data.diagnostics ?? []).map((d) => d.code)))
    .size;
}
