import type { InstanceFact, InstanceResponse } from "@logstag/api-contract";
import { formatCompactNumber } from "../../components/time-series-chart.utils.ts";
import { formatBytes, formatPercent } from "../../lib/format.utils.ts";
import { formatDuration } from "../../lib/time.utils.ts";

type Unit = InstanceFact["unit"];

/** A value in one of the units the instance route uses. */
export function formatUnitValue(value: number, unit: Unit): string {
  switch (unit) {
    case "bytes":
      return formatBytes(value);
    case "seconds":
      return formatDuration(value);
    case "milliseconds":
      return `${formatCompactNumber(value)} ms`;
    case "microseconds":
      return `${formatCompactNumber(value)} µs`;
    case "percent":
      return formatPercent(value);
    case "ratio":
      return String(Number(value.toFixed(2)));
    case "blocks":
      return `${value.toLocaleString("en-US")} blocks`;
    case "count":
      return value.toLocaleString("en-US");
  }
}

/** The fact's own text ("no limit") wins over its number; "–" when neither was reported. */
export function formatFact(fact: Pick<InstanceFact, "value" | "unit" | "text">): string {
  if (fact.text !== null) return fact.text;
  return fact.value === null ? "–" : formatUnitValue(fact.value, fact.unit);
}

/** "3 databases", "1 keyspace": the parts' label in the singular when there is one. */
export function describePartsCount(parts: InstanceResponse["parts"]): string {
  const count = parts.items.length;
  const noun = parts.label.toLowerCase();
  return `${count} ${count === 1 ? noun.replace(/s$/, "") : noun}`;
}

/** Largest first, each with its value formatted in the parts' unit. */
export function describeParts(parts: InstanceResponse["parts"]): string[] {
  return [...parts.items]
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
    .map((item) => `${item.name}: ${formatUnitValue(item.value, parts.unit)}`);
}
