import type { Ctx } from "../../services/context.ts";
import {
  isoOrNull,
  latestValueOf,
  readLatestValues,
} from "../../services/instance/latest-values.ts";
import type { TargetRow } from "../../store/inventory.ts";
import type { InstanceDetails } from "../engine-backend.ts";

/** Sizes come with the low group (every 10 minutes by default); allow for a few missed runs. */
const LOOKBACK_MS = 60 * 60_000;

/** max_connections and the databases by size. */
export async function postgresInstanceDetails(
  ctx: Ctx,
  target: TargetRow,
): Promise<InstanceDetails> {
  const values = await readLatestValues(
    ctx,
    target.id,
    ["postgres.database.size", "postgres.connections.max"],
    LOOKBACK_MS,
  );
  const sizes = values.filter((v) => v.metric === "postgres.database.size" && v.labels.database);
  const items = sizes
    .map((v) => ({ name: v.labels.database ?? "", value: v.value }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const total = items.length ? items.reduce((sum, d) => sum + d.value, 0) : null;
  return {
    facts: [
      {
        key: "max_connections",
        label: "max_connections",
        value: latestValueOf(values, "postgres.connections.max"),
        unit: "count",
        text: null,
      },
      { key: "total_size", label: "Total size", value: total, unit: "bytes", text: null },
    ],
    parts: {
      label: "Databases",
      unit: "bytes",
      items,
      collectedAt: isoOrNull(Math.max(0, ...sizes.map((s) => s.at))),
    },
  };
}
