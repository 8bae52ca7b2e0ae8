import { INTERVAL_GROUPS, type IntervalGroup } from "@logstag/protocol";
import { z } from "zod";

type IntervalVariable = `LOGSTAG_DEMO_${Uppercase<IntervalGroup>}_INTERVAL_SECONDS`;

/** `LOGSTAG_DEMO_SCHEMA_INTERVAL_SECONDS` and its siblings: one group's interval in the demo agent. */
export const demoIntervalVariable = (group: IntervalGroup): IntervalVariable =>
  `LOGSTAG_DEMO_${group.toUpperCase() as Uppercase<IntervalGroup>}_INTERVAL_SECONDS`;

const RANGE = "expected a whole number of seconds between 1 and 86400";
const seconds = z.coerce
  .number({ error: RANGE })
  .int(RANGE)
  .min(1, RANGE)
  .max(86_400, RANGE)
  .optional();

/** Overrides of the demo agent's collection intervals; a group left unset keeps the agent's default. */
export const demoIntervalsEnvSchema = z.object(
  Object.fromEntries(INTERVAL_GROUPS.map((g) => [demoIntervalVariable(g), seconds])) as Record<
    IntervalVariable,
    typeof seconds
  >,
);

/** Seconds per group, only for the groups set. */
export type DemoIntervals = Partial<Record<IntervalGroup, number>>;

export function toDemoIntervals(e: z.infer<typeof demoIntervalsEnvSchema>): DemoIntervals {
  const out: DemoIntervals = {};
  for (const group of INTERVAL_GROUPS) {
    const value = e[demoIntervalVariable(group)];
    if (value !== undefined) out[group] = value;
  }
  return out;
}
