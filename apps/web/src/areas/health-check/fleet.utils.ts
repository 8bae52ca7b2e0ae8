import type { FleetEntry } from "@logstag/api-contract";

/** Worst first: targets with a report by score, then those waiting for one, then engines without checks. */
export function sortFleet(entries: readonly FleetEntry[]): FleetEntry[] {
  const rank = (e: FleetEntry) => (!e.supported ? 2 : e.latest === null ? 1 : 0);
  return [...entries].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.latest?.score ?? 0) - (b.latest?.score ?? 0) ||
      a.targetName.localeCompare(b.targetName),
  );
}

/** "3 targets · 2 with a report · lowest score 48". */
export function describeFleet(entries: readonly FleetEntry[]): string {
  const scores = entries.flatMap((e) => (e.latest ? [e.latest.score] : []));
  const parts = [
    `${entries.length} ${entries.length === 1 ? "target" : "targets"}`,
    `${scores.length} with a report`,
  ];
  if (scores.length > 0) parts.push(`lowest score ${Math.min(...scores)}`);
  return parts.join(" · ");
}

/** Why a row has no score, or null when it has one. */
export function missingScoreReason(entry: FleetEntry): string | null {
  if (!entry.supported) return "Logstag has no health checks for this engine yet.";
  if (entry.latest === null)
    return "No report yet: the first one is made a few minutes after the target's first data.";
  return null;
}
